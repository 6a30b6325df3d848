package ua.fakh.courses.meetings;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A session about to be created, as far as its meeting is concerned (the provider and URL as the trainer gave them). */
public record RoomRequest(UUID sessionId, String title, Instant startsAt, Duration length, SessionMode mode,
                          @Nullable String provider, @Nullable String trainerUrl) {
}
