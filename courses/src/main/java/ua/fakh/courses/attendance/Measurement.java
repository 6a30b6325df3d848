package ua.fakh.courses.attendance;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * What applying measured attendance to a session did: {@code members} of its cohort, how many are now
 * {@code present}, how many rows {@code changed}, how many marks were {@code kept} (overrides, and in a
 * session held in the room too, hand marks of presence); {@code measuredFrom} REPORT (the provider's) or
 * JOIN_LOG (Fakh's join log and check-in codes).
 */
@Serdeable
public record Measurement(UUID sessionId, int members, int present, int changed, int kept, String measuredFrom) {
}
