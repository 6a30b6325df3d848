package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.courses.enrollment.CourseResults;

import java.util.UUID;

/**
 * A course result from its quizzes: each graded quiz or post-test weighs the same whatever its
 * points (a 5-question check and a 40-question exam are one grade each, as trainers grade);
 * pre-tests measure the start, not the result, and are left out. A trainer's override wins.
 */
@Singleton
class QuizCourseResults implements CourseResults {
    private final AttemptRepository attempts;
    private final AttemptQuestions json;
    private final GradeOverrideRepository overrides;

    QuizCourseResults(AttemptRepository attempts, AttemptQuestions json, GradeOverrideRepository overrides) {
        this.attempts = attempts;
        this.overrides = overrides;
        this.json = json;
    }

    @Override
    @Nullable
    public Double resultPercent(UUID enrollmentId) {
        var override = overrides.findById(enrollmentId);
        if (override.isPresent()) {
            return override.get().percent().doubleValue();
        }
        return LearnerGrades.of(attempts.findByEnrollmentId(enrollmentId), json).result();
    }
}
