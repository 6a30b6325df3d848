package ua.fakh.courses.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** What a trainer sets: seats (at least 1), when registration closes, and whether it accepts people now ({@code open}, default true). */
@Serdeable
public record RegistrationSettings(@Nullable Integer capacity, @Nullable Instant closesAt, @Nullable Boolean open) {
}
