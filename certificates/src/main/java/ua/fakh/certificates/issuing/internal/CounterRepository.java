package ua.fakh.certificates.issuing.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/**
 * Gap-free numbers: the counter row is locked by the UPDATE until the issuing transaction ends, so
 * concurrent issuers (threads or nodes) queue, and a rolled-back issue returns its number.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CounterRepository extends GenericRepository<CertificateRow, UUID> {

    @Query("INSERT INTO certificate_counters (provider_code, issue_year, last_value) VALUES (:providerCode, :year, 0) ON CONFLICT DO NOTHING")
    void ensure(String providerCode, int year);

    /** Takes the row lock without changing the number: issuers of one register queue here. */
    @Query("UPDATE certificate_counters SET last_value = last_value WHERE provider_code = :providerCode AND issue_year = :year")
    void lock(String providerCode, int year);

    @Query("UPDATE certificate_counters SET last_value = last_value + 1 WHERE provider_code = :providerCode AND issue_year = :year")
    void increment(String providerCode, int year);

    @Query("SELECT last_value FROM certificate_counters WHERE provider_code = :providerCode AND issue_year = :year")
    long current(String providerCode, int year);

    @Query("UPDATE status_list_counter SET last_index = last_index + 1 WHERE id = 1")
    void incrementStatusIndex();

    @Query("SELECT last_index FROM status_list_counter WHERE id = 1")
    long currentStatusIndex();
}
