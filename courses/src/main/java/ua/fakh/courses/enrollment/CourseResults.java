package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * The learner's result in the course, printed on the certificate. Declared here, where completion
 * is decided, and implemented by the assessment area, which depends on enrollment.
 */
public interface CourseResults {

    /** The mean of the kept grades of the enrollment's graded quizzes and post-tests, in percent; null when it has none. */
    @Nullable
    Double resultPercent(UUID enrollmentId);
}
