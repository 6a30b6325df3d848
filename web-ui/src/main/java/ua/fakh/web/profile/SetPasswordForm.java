package ua.fakh.web.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The "set your password" form; {@code next} is where to go afterwards. */
@Serdeable
record SetPasswordForm(@Nullable String currentPassword, @Nullable String newPassword, @Nullable String repeatPassword,
                       @Nullable String next) {
}
