package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.courses.enrollment.EnrollmentStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A course's (or one cohort's) gradebook: one row per learner, one grade per quiz of the published
 * version (the kept grade in percent, null while nothing counts), and the course result (the mean
 * of the graded quizzes and post-tests, as the certificate prints it).
 */
@Serdeable
public record Gradebook(UUID courseId, @Nullable UUID cohortId, List<Quiz> quizzes, List<Row> rows) {

    @Serdeable
    public record Quiz(UUID lessonId, String title, @Nullable String titleEn) {
    }

    @Serdeable
    public record Row(UUID enrollmentId, UUID userId, String name, String email, EnrollmentStatus status,
                      int progressPercent, @Nullable UUID cohortId, @Nullable Instant dueAt, boolean overdue,
                      List<Grade> grades, @Nullable Double resultPercent) {
    }

    /** {@code attempts}: how many the learner started, whether or not one counts yet. */
    @Serdeable
    public record Grade(UUID lessonId, @Nullable Double percent, int attempts) {
    }
}
