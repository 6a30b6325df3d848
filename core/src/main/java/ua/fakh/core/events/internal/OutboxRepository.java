package ua.fakh.core.events.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRepository extends CrudRepository<OutboxRow, UUID> {

    @Query("SELECT id FROM outbox_events WHERE delivered_at IS NULL AND available_at <= :now ORDER BY created_at LIMIT :limit")
    List<UUID> findDue(Instant now, int limit);

    /** Claims one event for this transaction; another node holding it makes this empty (SKIP LOCKED). */
    @Query("SELECT * FROM outbox_events WHERE id = :id AND delivered_at IS NULL FOR UPDATE SKIP LOCKED")
    Optional<OutboxRow> claim(UUID id);

    @Query("UPDATE outbox_events SET delivered_at = :now WHERE id = :id")
    void markDelivered(UUID id, Instant now);

    @Query("UPDATE outbox_events SET attempts = attempts + 1, last_error = :error, available_at = :retryAt WHERE id = :id AND delivered_at IS NULL")
    void markFailed(UUID id, String error, Instant retryAt);

    long countByDeliveredAtIsNull();
}
