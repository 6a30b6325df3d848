package ua.fakh.courses.meetings;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A code the host shows during a session; participants enter it while it is open. */
@Serdeable
public record CheckinCode(UUID id, UUID sessionId, String code, Instant opensAt, Instant closesAt) {
}
