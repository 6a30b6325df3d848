package ua.fakh.core.users;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/me/password}: the current password proves it is really the user. */
@Serdeable
public record PasswordChange(
        @NotBlank String currentPassword,
        @NotBlank @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) String newPassword) {
}
