package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code savedAt}: when the server received it; {@code deviceSavedAt}: when the learner's device saved it, if it said;
 * {@code late}: it arrived after the attempt's time was up but was saved before, so it counts.
 */
@MappedEntity("attempt_answers")
record AnswerRow(@Id UUID id, UUID attemptId, UUID questionId, String response, long seq, Instant savedAt,
                 @Nullable Double score, @Nullable String feedback, @Nullable UUID gradedBy, boolean late,
                 @Nullable Instant deviceSavedAt) {

    /** The device's time when it said one, else the server's. */
    Instant madeAt() {
        return deviceSavedAt == null ? savedAt : deviceSavedAt;
    }
}
