package ua.fakh.web.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record ChoosePasswordForm(@Nullable String password, @Nullable String repeatPassword) {
}
