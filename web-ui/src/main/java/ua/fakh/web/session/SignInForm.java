package ua.fakh.web.session;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.core.annotation.Nullable;

/** The sign-in form; {@code next} is where to go afterwards. */
@Serdeable
record SignInForm(@Nullable String email, @Nullable String password, @Nullable String next) {
}
