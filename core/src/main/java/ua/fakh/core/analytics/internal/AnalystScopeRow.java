package ua.fakh.core.analytics.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("analyst_scopes")
record AnalystScopeRow(@Id UUID userId, @Nullable UUID organizationId, Instant updatedAt) {
}
