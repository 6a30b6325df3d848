package ua.fakh.core.auth.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginThrottleRepository extends CrudRepository<LoginThrottleRow, LoginThrottleKey> {

    @Query("INSERT INTO login_throttle (email, client_address, failures, locks, last_failure_at) "
            + "VALUES (:email, :address, 0, 0, :now) ON CONFLICT DO NOTHING")
    void ensureRow(String email, String address, Instant now);

    /** Counts one failure atomically, so parallel guesses from several nodes are all counted. */
    @Query("UPDATE login_throttle SET failures = failures + 1, last_failure_at = :now "
            + "WHERE email = :email AND client_address = :address")
    void countFailure(String email, String address, Instant now);

    /** Forgets quiet rows: no failure since {@code before} and no lock still running. */
    @Query("DELETE FROM login_throttle WHERE last_failure_at < :before AND (locked_until IS NULL OR locked_until < :now)")
    int deleteQuiet(Instant before, Instant now);
}
