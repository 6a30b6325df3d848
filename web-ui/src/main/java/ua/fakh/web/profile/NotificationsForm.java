package ua.fakh.web.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The grid's ticked cells, each {@code KIND:channel}. */
@Serdeable
record NotificationsForm(@Nullable List<String> c) {
}
