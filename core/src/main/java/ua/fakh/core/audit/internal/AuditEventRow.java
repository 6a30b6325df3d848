package ua.fakh.core.audit.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("audit_events")
record AuditEventRow(@Id UUID id, Instant occurredAt, @Nullable UUID actorId, @Nullable String actorEmail,
                     String action, @Nullable String targetType, @Nullable String targetId,
                     @Nullable String details, @Nullable String clientAddress) {
}
