package ua.fakh.courses.registration.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("cohort_waitlist")
record WaitlistRow(@Id UUID id, UUID cohortId, UUID userId, long position, Instant joinedAt, @Nullable UUID registeredBy) {
}
