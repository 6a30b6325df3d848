package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * {@code POST /api/organizations}; also the body of {@code PUT} (the kind must not change; a parent
 * other than the current one moves the organization, an absent one keeps it). {@code code} is the
 * installation's own short code (for units without an EDRPOU), unique like the EDRPOU.
 */
@Serdeable
public record NewOrganization(
        @NotBlank @Size(max = 300) String name,
        @Nullable @Size(max = 300) String nameEn,
        @NotNull OrganizationKind kind,
        @Nullable UUID parentId,
        @Nullable String edrpou,
        @Nullable @Size(max = 40) String code) {
}
