package ua.fakh.core.limits.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

/**
 * Statements that run the same on PostgreSQL and H2 (neither {@code MERGE ... RETURNING} nor
 * {@code ON CONFLICT DO UPDATE} exists on both): insert-if-absent, then one atomic {@code UPDATE}
 * whose row lock orders concurrent hits from every node, then a read inside the same transaction.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RateLimitCounterRepository extends CrudRepository<RateLimitCounterRow, String> {

    /** A new counter starts with an already-ended window, so the following {@link #hit} opens one. */
    @Query("INSERT INTO rate_limit_counters (counter_key, window_ends_at, hits) VALUES (:key, :now, 0) ON CONFLICT DO NOTHING")
    void ensureCounter(String key, Instant now);

    /** Adds {@code weight} hits, or starts a new window holding {@code weight} when the old one has ended. */
    @Query("""
            UPDATE rate_limit_counters
               SET hits = CASE WHEN window_ends_at <= :now THEN :weight ELSE hits + :weight END,
                   window_ends_at = CASE WHEN window_ends_at <= :now THEN :newWindowEnd ELSE window_ends_at END
             WHERE counter_key = :key""")
    int hit(String key, int weight, Instant now, Instant newWindowEnd);

    @Query("UPDATE rate_limit_counters SET hits = hits - 1 WHERE counter_key = :key AND hits > 0 AND window_ends_at > :now")
    void giveBack(String key, Instant now);

    /** A counter back at zero is dropped at once: successful logins leave no rows behind. */
    @Query("DELETE FROM rate_limit_counters WHERE counter_key = :key AND hits <= 0")
    void deleteIfEmpty(String key);

    @Query("DELETE FROM rate_limit_counters WHERE window_ends_at < :before")
    int deleteEndedBefore(Instant before);
}
