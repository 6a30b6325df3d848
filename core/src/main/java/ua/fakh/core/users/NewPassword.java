package ua.fakh.core.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/password/reset}: the token from an invitation or reset link and the password the
 * person chose. A form asking twice sends {@code repeatPassword} too, so a mismatch is reported with
 * the other mistakes.
 */
@Serdeable
public record NewPassword(
        @NotBlank @Size(max = 100) String token,
        @NotBlank @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) String password,
        @Nullable String repeatPassword) {
}
