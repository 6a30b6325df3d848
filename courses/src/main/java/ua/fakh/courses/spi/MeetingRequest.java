package ua.fakh.courses.spi;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A session to open a room for: its title, when and how long, the address the provider calls back
 * when the meeting ends ({@code callbackUrl}, already carrying the session), and the trainer's own
 * meeting address for providers that {@link MeetingProvider#takesTrainerUrl take one}.
 */
public record MeetingRequest(UUID sessionId, String title, Instant startsAt, Duration length, String callbackUrl,
                             @Nullable String trainerUrl) {
}
