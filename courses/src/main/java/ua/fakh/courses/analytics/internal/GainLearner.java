package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.UUID;

/** One enrolment a gain report counts, with what it is grouped by. */
record GainLearner(UUID enrollmentId, UUID courseId, String courseTitle, @Nullable String courseTitleEn,
                   @Nullable UUID cohortId, @Nullable String cohortName, UUID organizationId, @Nullable Instant completedAt) {

    String courseTitle(boolean english) {
        return english && courseTitleEn != null && !courseTitleEn.isBlank() ? courseTitleEn : courseTitle;
    }
}
