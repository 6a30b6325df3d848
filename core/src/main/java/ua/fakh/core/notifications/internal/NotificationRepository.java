package ua.fakh.core.notifications.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface NotificationRepository extends CrudRepository<NotificationRow, UUID> {

    /** Queues one message unless this (event, recipient, channel) was queued before, here or on another node. */
    @Query("""
            INSERT INTO notifications (id, event_key, recipient_id, channel, kind, subject, body_text, body_html, link,
                attachment_name, attachment_type, attachment_body, status, attempts, next_attempt_at, created_at)
            VALUES (:id, :eventKey, :recipientId, :channel, :kind, :subject, :bodyText, :bodyHtml, :link,
                :attachmentName, :attachmentType, :attachmentBody, 'QUEUED', 0, :now, :now) ON CONFLICT DO NOTHING""")
    int queue(UUID id, String eventKey, UUID recipientId, String channel, String kind, String subject, String bodyText,
              String bodyHtml, @Nullable String link, @Nullable String attachmentName, @Nullable String attachmentType,
              @Nullable String attachmentBody, Instant now);

    boolean existsByEventKeyAndRecipientIdAndChannel(String eventKey, UUID recipientId, String channel);

    @Query("SELECT id FROM notifications WHERE status = 'QUEUED' AND next_attempt_at <= :now ORDER BY next_attempt_at LIMIT :limit")
    List<UUID> findDue(Instant now, int limit);

    /** Claims one queued message for this transaction; another node sending it makes this empty (SKIP LOCKED). */
    @Query("SELECT * FROM notifications WHERE id = :id AND status = 'QUEUED' FOR UPDATE SKIP LOCKED")
    Optional<NotificationRow> claim(UUID id);

    @Query("UPDATE notifications SET status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = NULL WHERE id = :id")
    void markSent(UUID id, Instant now);

    @Query("UPDATE notifications SET attempts = attempts + 1, last_error = :reason, next_attempt_at = :retryAt WHERE id = :id")
    void markRetry(UUID id, String reason, Instant retryAt);

    @Query("UPDATE notifications SET status = :status, attempts = attempts + 1, last_error = :reason WHERE id = :id")
    void markFinal(UUID id, String status, String reason);

    /** An administrator's "try again": a failed message goes back to the queue, due now. */
    @Query("UPDATE notifications SET status = 'QUEUED', next_attempt_at = :now WHERE id = :id AND status = 'FAILED'")
    int requeue(UUID id, Instant now);

    @Query(value = """
            SELECT * FROM notifications WHERE (:status IS NULL OR status = :status)
            ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
    List<NotificationRow> listNewestFirst(@Nullable String status, int limit, long offset);

    @Query("SELECT count(*) FROM notifications WHERE (:status IS NULL OR status = :status)")
    long countWithStatus(@Nullable String status);
}
