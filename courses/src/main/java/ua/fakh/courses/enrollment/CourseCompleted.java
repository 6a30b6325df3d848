package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An enrollment met its course's completion rule: written to the outbox in the transaction that
 * made the enrollment COMPLETED. {@code result} is the grade of the graded quizzes in percent, when
 * the course has any; {@code attendancePercent} is set for blended cohorts.
 */
@Serdeable
public record CourseCompleted(UUID enrollmentId, UUID learnerId, UUID courseId, int courseVersion,
                              @Nullable Double result, @Nullable Integer attendancePercent, @Nullable UUID cohortId,
                              Instant enrolledAt, Instant completedAt) {
}
