package ua.fakh.courses.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** A person's standing: {@code position} on the waiting list (from 1) when WAITING; {@code enrollmentId} when SEATED. */
@Serdeable
public record MyRegistration(UUID cohortId, UUID userId, RegistrationState state, @Nullable Integer position,
                             @Nullable UUID enrollmentId) {
}
