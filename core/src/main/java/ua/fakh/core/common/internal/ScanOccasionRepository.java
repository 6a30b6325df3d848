package ua.fakh.core.common.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ScanOccasionRepository extends GenericRepository<ScanOccasionRow, String> {

    /** Waits for a claim another transaction holds on the same occasion; adds nothing when there is one. */
    @Query("INSERT INTO notice_scan_occasions (scan, occasion, claim, claimed_at) VALUES (:scan, :occasion, :claim, :now) ON CONFLICT DO NOTHING")
    void insertIfAbsent(String scan, String occasion, UUID claim, Instant now);

    @Query("SELECT claim FROM notice_scan_occasions WHERE scan = :scan AND occasion = :occasion")
    Optional<UUID> claimOf(String scan, String occasion);
}
