package ua.fakh.courses.meetings;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * A meeting provider's report of a session was stored (its stretches in {@code meeting_stretches}
 * under {@code reportId}): written to the outbox in the transaction that stored it, once per report
 * however often the provider sent it. Attendance listens to measure the session again.
 */
@Serdeable
public record MeetingReported(UUID sessionId, UUID reportId) {
}
