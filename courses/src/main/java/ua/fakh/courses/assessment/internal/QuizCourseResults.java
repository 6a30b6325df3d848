package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.courses.enrollment.CourseResults;

import java.util.UUID;

/**
 * A course result from its quizzes: each graded quiz or post-test weighs the same whatever its
 * points (a 5-question check and a 40-question exam are one grade each, as trainers grade);
 * pre-tests measure the start, not the result, and are left out.
 */
@Singleton
class QuizCourseResults implements CourseResults {
    private final AttemptRepository attempts;
    private final AttemptQuestions json;

    QuizCourseResults(AttemptRepository attempts, AttemptQuestions json) {
        this.attempts = attempts;
        this.json = json;
    }

    @Override
    @Nullable
    public Double resultPercent(UUID enrollmentId) {
        return LearnerGrades.of(attempts.findByEnrollmentId(enrollmentId), json).result();
    }
}
