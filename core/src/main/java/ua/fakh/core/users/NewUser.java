package ua.fakh.core.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ua.fakh.core.analytics.AnalystScopeChoice;
import ua.fakh.core.security.Role;

import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /api/users}. Without a password (the pages never send one) the person is invited by
 * e-mail to choose their own; a password given here (scripted installs, tests) is the account's
 * password as it is, and no invitation goes out. An ANALYST may be given its scope in the same call
 * ({@code analystScope}); without one it sees no numbers until an administrator sets it.
 */
@Serdeable
public record NewUser(
        @NotBlank @Email @Size(max = 320) String email,
        @NotBlank @Size(max = 300) String fullName,
        @Nullable @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) String password,
        @Nullable @Pattern(regexp = "uk|en", message = "{problem.field.language}") String locale,
        @NotNull UUID organizationId,
        @NotEmpty Set<@NotNull Role> roles,
        @Schema(type = "object") @Nullable AnalystScopeChoice analystScope) {

    public NewUser(String email, String fullName, @Nullable String password, @Nullable String locale,
                   UUID organizationId, Set<Role> roles) {
        this(email, fullName, password, locale, organizationId, roles, null);
    }
}
