package ua.fakh.courses.meetings.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Reports by (provider, report key): the first to insert one keeps it, a retried or concurrent copy inserts nothing. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MeetingReportRepository extends GenericRepository<MeetingReportRow, UUID> {

    /** 1 when this call stored the report, 0 when it was stored before (waits for a concurrent insert to settle). */
    @Query("INSERT INTO meeting_reports (id, session_id, provider, report_key, received_at) "
            + "VALUES (:id, :sessionId, :provider, :reportKey, :receivedAt) ON CONFLICT DO NOTHING")
    int claim(UUID id, UUID sessionId, String provider, String reportKey, Instant receivedAt);

    Optional<MeetingReportRow> findByProviderAndReportKey(String provider, String reportKey);
}
