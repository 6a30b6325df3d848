package ua.fakh.core.auth.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginThrottleRepository extends CrudRepository<LoginThrottleRow, String> {

    @Query("INSERT INTO login_throttle (email, failures, locks, last_failure_at) VALUES (:email, 0, 0, :now) ON CONFLICT DO NOTHING")
    void ensureRow(String email, Instant now);

    /** Counts one failure atomically, so parallel guesses from several nodes are all counted. */
    @Query("UPDATE login_throttle SET failures = failures + 1, last_failure_at = :now WHERE email = :email")
    void countFailure(String email, Instant now);
}
