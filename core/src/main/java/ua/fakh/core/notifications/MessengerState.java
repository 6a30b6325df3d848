package ua.fakh.core.notifications;

import io.micronaut.serde.annotation.Serdeable;

/** A messenger on offer to a person: its plugin id, its name in the reader's language, and whether they linked it. */
@Serdeable
public record MessengerState(String id, String name, boolean linked) {
}
