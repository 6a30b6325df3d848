package ua.fakh.core.organizations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** {@code POST /api/organizations}; also the body of {@code PUT} (kind and parent then must not change). */
@Serdeable
public record NewOrganization(
        @NotBlank @Size(max = 300) String name,
        @Nullable @Size(max = 300) String nameEn,
        @NotNull OrganizationKind kind,
        @Nullable UUID parentId,
        @Nullable @Pattern(regexp = "\\d{8}", message = "must be 8 digits") String edrpou) {
}
