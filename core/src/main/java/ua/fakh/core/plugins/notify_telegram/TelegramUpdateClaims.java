package ua.fakh.core.plugins.notify_telegram;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/**
 * Updates already handled, by {@code update_id}: the first node to insert the row handles the update,
 * the others (a webhook retried, two nodes polling) skip it. The highest id is where the next long
 * poll starts.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TelegramUpdateClaims extends GenericRepository<TelegramUpdateClaims.Row, Long> {

    /** 1 when this call claimed the update, 0 when someone had. */
    @Query("INSERT INTO notify_telegram_updates (update_id, received_at) VALUES (:updateId, :receivedAt) ON CONFLICT DO NOTHING")
    int claim(long updateId, Instant receivedAt);

    @Query("SELECT max(update_id) FROM notify_telegram_updates")
    Optional<Long> highest();

    /** Keeps the table small; the newest row stays, so the poll offset survives. */
    @Query("DELETE FROM notify_telegram_updates WHERE received_at < :before AND update_id < (SELECT max(update_id) FROM notify_telegram_updates)")
    int forgetBefore(Instant before);

    @MappedEntity("notify_telegram_updates")
    record Row(@Id long updateId, Instant receivedAt) {
    }
}
