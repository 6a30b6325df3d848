package ua.fakh.web.profile;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;

@Serdeable
record PasswordForm(@Nullable String currentPassword, @Nullable String newPassword, @Nullable String repeatPassword) {
}
