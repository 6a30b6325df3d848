package ua.fakh.core.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A message as administrators see it in the queue: where it stands and, when it failed, why. */
@Serdeable
public record QueuedMessage(UUID id, String eventKey, UUID recipientId, String channel, NoticeKind kind, String subject,
                            Status status, int attempts, Instant nextAttemptAt, @Nullable String lastError,
                            Instant createdAt, @Nullable Instant sentAt) {

    public enum Status { QUEUED, SENT, FAILED, CANCELLED }
}
