package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import ua.fakh.core.config.ThrottleSettings;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.limits.RateLimit;
import ua.fakh.core.limits.RateLimits;
import ua.fakh.courses.content.CourseRecords;

import java.util.UUID;

/**
 * A course's enrollment key, checked with the wrong guesses of each learner limited across all
 * courses (a key is short; without a limit a script would find it): 429 once used up, a right key
 * gives its hit back.
 */
@Singleton
class EnrollmentKeyCheck {
    private final Provider<CourseRecords> courses;
    private final RateLimits limits;
    private final RateLimit limit;

    EnrollmentKeyCheck(Provider<CourseRecords> courses, RateLimits limits, ThrottleSettings settings) {
        this.courses = courses;
        this.limits = limits;
        this.limit = new RateLimit("enrolment-key", settings.enrollmentKeyFailures(), settings.window(),
                "Too many wrong enrolment keys; try again later");
    }

    void require(UUID courseId, @Nullable String key, UUID learnerId) {
        String subject = learnerId.toString();
        limits.take(limit, subject);
        if (!courses.get().enrollmentKeyMatches(courseId, key)) {
            throw new ForbiddenException("problem.enrollment.wrongKey");
        }
        limits.giveBack(limit, subject);
    }
}
