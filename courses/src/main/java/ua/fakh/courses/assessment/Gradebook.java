package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import ua.fakh.courses.enrollment.EnrollmentStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A course's (or one cohort's) gradebook: one row per learner, one grade per quiz of the published
 * version (the kept grade in percent, null while nothing counts), and the course result (the mean
 * of the graded quizzes and post-tests, as the certificate prints it), unless a trainer overrode it:
 * then {@code resultPercent} is the override, {@code computedResultPercent} what the quizzes give, and
 * {@code override} says who changed it, when and why. Members of a cohort with sessions carry their
 * in-person attendance.
 */
@Serdeable
public record Gradebook(UUID courseId, @Nullable UUID cohortId, List<Quiz> quizzes, List<Row> rows) {

    @Serdeable
    public record Quiz(UUID lessonId, String title, @Nullable String titleEn) {
    }

    @Serdeable
    public record Row(UUID enrollmentId, UUID userId, String name, String email, EnrollmentStatus status,
                      int progressPercent, @Nullable UUID cohortId, @Nullable Instant dueAt, boolean overdue,
                      List<Grade> grades, @Nullable Double resultPercent, @Nullable Double computedResultPercent,
                      @Schema(type = "object") @Nullable Override override, @Schema(type = "object") @Nullable Attendance attendance) {

        public boolean overridden() {
            return override != null;
        }
    }

    /** A trainer's course result in place of the computed one. */
    @Serdeable
    public record Override(double percent, String reason, @Nullable UUID by, Instant at) {
    }

    /** {@code attended} of {@code sessions} held, {@code percent} of them, against the cohort's minimum (null: none). */
    @Serdeable
    public record Attendance(int attended, int sessions, int percent, @Nullable Integer requiredPercent) {
        public boolean belowMinimum() {
            return requiredPercent != null && percent < requiredPercent;
        }
    }

    /** {@code attempts}: how many the learner started, whether or not one counts yet; {@code offlineAttempts}: how many of them offline. */
    @Serdeable
    public record Grade(UUID lessonId, @Nullable Double percent, int attempts, int offlineAttempts) {
    }
}
