package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

@Serdeable
public record OrganizationView(UUID id, OrganizationKind kind, String name, @Nullable String nameEn,
                               @Nullable String edrpou, @Nullable String code, @Nullable UUID parentId, int depth,
                               Instant createdAt) {
}
