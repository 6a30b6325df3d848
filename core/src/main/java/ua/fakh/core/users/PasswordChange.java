package ua.fakh.core.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/me/password}: the current password proves it is really the user. A form that asks
 * for the new password twice sends {@code repeatPassword} too, so every mistake is reported at once.
 */
@Serdeable
public record PasswordChange(
        @NotBlank String currentPassword,
        @NotBlank @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) String newPassword,
        @Nullable String repeatPassword) {

    public PasswordChange(String currentPassword, String newPassword) {
        this(currentPassword, newPassword, null);
    }
}
