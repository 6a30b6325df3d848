package ua.fakh.core.events;

import io.micronaut.serde.annotation.Serdeable;

/** A test event. */
@Serdeable
public record SomethingHappened(String what) {
}
