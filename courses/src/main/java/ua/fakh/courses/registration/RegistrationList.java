package ua.fakh.courses.registration;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A trainer's view: the seats taken (oldest first) and the waiting list in its order. */
@Serdeable
public record RegistrationList(RegistrationView registration, List<Seat> seated, List<Waiting> waiting) {

    @Serdeable
    public record Seat(UUID enrollmentId, UUID userId, String name, String email, String status, Instant enrolledAt) {
    }

    @Serdeable
    public record Waiting(int position, UUID userId, String name, String email, Instant joinedAt) {
    }
}
