package ua.fakh.core.notifications.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A (kind, channel) pair a person switched off. The table's key is all three columns; only queries below use it. */
@MappedEntity("notification_choices_off")
record ChoiceOffRow(@Id UUID userId, String kind, String channel) {
}
