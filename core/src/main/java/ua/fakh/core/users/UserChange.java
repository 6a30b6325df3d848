package ua.fakh.core.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.fakh.core.analytics.AnalystScopeChoice;
import ua.fakh.core.security.Role;

import java.util.Set;
import java.util.UUID;

/**
 * {@code PUT /api/users/{id}} by an administrator: each field present is changed, the rest kept.
 * Roles without ANALYST forget the analyst's scope; {@code analystScope} sets it (ANALYST only).
 */
@Serdeable
public record UserChange(
        @Nullable @Size(min = 1, max = 300) String fullName,
        @Nullable @Pattern(regexp = "uk|en", message = "{problem.field.language}") String locale,
        @Nullable UUID organizationId,
        @Nullable @Size(min = 1) Set<Role> roles,
        @Schema(type = "object") @Nullable AnalystScopeChoice analystScope) {

    public UserChange(@Nullable String fullName, @Nullable String locale, @Nullable UUID organizationId, @Nullable Set<Role> roles) {
        this(fullName, locale, organizationId, roles, null);
    }
}
