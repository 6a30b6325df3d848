package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** {@code POST /api/organizations/{id}/move}: the new parent, or none to make it a root (oblasts, providers). */
@Serdeable
public record OrganizationMove(@Nullable UUID parentId) {
}
