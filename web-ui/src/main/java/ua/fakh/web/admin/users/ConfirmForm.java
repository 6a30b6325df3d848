package ua.fakh.web.admin.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A consequential button's form: it acts only with {@code confirm=yes}, sent by the confirmation page. */
@Serdeable
record ConfirmForm(@Nullable String confirm) {
}
