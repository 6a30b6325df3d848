package ua.fakh.courses.meetings;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A session seen from its page: when, how it is held, the meeting plugin's name, and what this caller
 * may do now ({@code joinOpen}: from {@link #JOIN_OPENS_BEFORE} before the start until the end;
 * {@code openCode}: the code being shown, for trainers only).
 */
@Serdeable
public record SessionMeeting(UUID id, UUID courseId, UUID cohortId, String title, Instant startsAt, Instant endsAt,
                             SessionMode mode, @Nullable String providerName, boolean trainer, boolean joinOpen,
                             @Nullable CheckinCode openCode) {

    public static final Duration JOIN_OPENS_BEFORE = Duration.ofMinutes(15);
}
