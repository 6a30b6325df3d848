package ua.fakh.core.notifications.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("notifications")
record NotificationRow(@Id UUID id, String eventKey, UUID recipientId, String channel, String kind, String subject,
                       String bodyText, String bodyHtml, @Nullable String link, @Nullable String attachmentName,
                       @Nullable String attachmentType, @Nullable String attachmentBody, String status, int attempts,
                       Instant nextAttemptAt, @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {
}
