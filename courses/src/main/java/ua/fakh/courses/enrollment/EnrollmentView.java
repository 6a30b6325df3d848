package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An enrollment with its progress through the latest published version of the course. {@code dueAt}
 * is the effective due date: the enrollment's own, else its cohort's; {@code overdue} says it passed
 * while the enrollment is still active.
 */
@Serdeable
public record EnrollmentView(UUID id, UUID courseId, UUID userId, String learnerName, EnrollmentStatus status,
                             int progressPercent, List<LessonDone> lessons, Instant enrolledAt,
                             @Nullable Instant completedAt, @Nullable Instant dueAt, @Nullable UUID cohortId,
                             @Nullable UUID resumeLessonId, String learnerEmail, boolean overdue) {

    @Serdeable
    public record LessonDone(UUID lessonId, boolean done) {
    }
}
