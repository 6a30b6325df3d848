package ua.fakh.courses.meetings;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One person's entry of one code (the same answer however often they send it). */
@Serdeable
public record Checkin(UUID sessionId, UUID codeId, UUID userId, Instant checkedAt) {
}
