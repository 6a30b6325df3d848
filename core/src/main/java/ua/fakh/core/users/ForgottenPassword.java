package ua.fakh.core.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** {@code POST /api/password/forgot}: the address a reset link should go to, if it is an account's. */
@Serdeable
public record ForgottenPassword(@Nullable String email) {
}
