package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * What a training changed: per learner the kept pre-test and post-test scores (percent; the mean
 * when a course has several of a kind), the gain (post − pre) and the normalised gain
 * ((post − pre) / (100 − pre), Hake's g; null when pre is 100), and the means per cohort and overall.
 * A learner counts towards the gain means only with both scores.
 */
@Serdeable
public record PrePostReport(UUID courseId, @Nullable UUID cohortId, List<Learner> learners, List<Means> cohorts,
                            Means overall) {

    @Serdeable
    public record Learner(UUID enrollmentId, UUID userId, String name, @Nullable UUID cohortId, @Nullable Double pre,
                          @Nullable Double post, @Nullable Double gain, @Nullable Double normalisedGain) {
    }

    /** {@code cohortId} and {@code name} null for learners in no cohort and for the overall means. */
    @Serdeable
    public record Means(@Nullable UUID cohortId, @Nullable String name, int learners, int withBoth, @Nullable Double pre,
                        @Nullable Double post, @Nullable Double gain, @Nullable Double normalisedGain) {
    }
}
