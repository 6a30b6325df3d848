package ua.fakh.web.admin.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Disable or enable, keeping the search the button was pressed on; disabling needs {@code confirm=yes}. */
@Serdeable
record StatusForm(@Nullable String status, @Nullable String q, @Nullable Integer page, @Nullable String confirm) {
}
