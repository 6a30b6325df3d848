package ua.fakh.core.events.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("outbox_events")
record OutboxRow(@Id UUID id, String type, String payload, Instant createdAt, Instant availableAt, int attempts,
                 @Nullable String lastError, @Nullable Instant deliveredAt) {
}
