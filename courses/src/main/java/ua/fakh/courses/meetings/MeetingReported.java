package ua.fakh.courses.meetings;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A provider's report of a session's meeting was stored (once): attendance can be measured from it. */
@Serdeable
public record MeetingReported(UUID sessionId, UUID reportId) {
}
