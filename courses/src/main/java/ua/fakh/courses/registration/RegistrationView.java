package ua.fakh.courses.registration;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A cohort's registration: {@code open} as the trainer set it; {@code accepting} whether someone may
 * register now (open and before {@code closesAt}); {@code waiting} how many are on the waiting list.
 */
@Serdeable
public record RegistrationView(UUID cohortId, UUID courseId, int capacity, Instant closesAt, boolean open, boolean accepting,
                               int seatsTaken, int seatsLeft, int waiting) {
}
