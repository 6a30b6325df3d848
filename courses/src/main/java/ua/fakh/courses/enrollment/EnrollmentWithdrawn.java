package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * An active enrollment was withdrawn (by the learner, a trainer, alone or in bulk, or by cancelling a
 * registration): written to the outbox in the transaction that withdrew it. {@code cohortId} is the
 * cohort whose seat it freed, null when it was in none. Delivered at least once: listeners are idempotent.
 */
@Serdeable
public record EnrollmentWithdrawn(UUID enrollmentId, UUID courseId, @Nullable UUID cohortId, UUID userId) {
}
