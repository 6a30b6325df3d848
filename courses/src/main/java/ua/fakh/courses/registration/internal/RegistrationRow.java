package ua.fakh.courses.registration.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** {@code nextPosition}: the waiting-list position the next person gets (taken under the row's lock). */
@MappedEntity("cohort_registrations")
record RegistrationRow(@Id UUID cohortId, int capacity, Instant closesAt, boolean accepting, long nextPosition,
                       @Nullable UUID updatedBy, Instant updatedAt) {

    boolean acceptsAt(Instant now) {
        return accepting && now.isBefore(closesAt);
    }
}
