package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Whom a trainer's bulk action is for: the enrollments named, and every member of {@code cohortId}
 * when given (both may be given; each person counts once). {@code dueAt} is read by the bulk due date
 * only (null clears the own dates: the cohort's date applies again).
 */
@Serdeable
public record BulkSelection(@Nullable List<UUID> enrollmentIds, @Nullable UUID cohortId, @Nullable Instant dueAt) {
}
