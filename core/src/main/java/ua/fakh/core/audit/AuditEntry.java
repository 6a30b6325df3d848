package ua.fakh.core.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record AuditEntry(UUID id, Instant occurredAt, @Nullable UUID actorId, @Nullable String actorEmail,
                         String action, @Nullable String targetType, @Nullable String targetId,
                         @Nullable String details, @Nullable String clientAddress) {
}
