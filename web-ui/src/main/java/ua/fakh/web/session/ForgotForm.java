package ua.fakh.web.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record ForgotForm(@Nullable String email) {
}
