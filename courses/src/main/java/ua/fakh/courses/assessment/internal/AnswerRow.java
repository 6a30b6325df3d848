package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("attempt_answers")
record AnswerRow(@Id UUID id, UUID attemptId, UUID questionId, String response, long seq, Instant savedAt,
                 @Nullable Double score, @Nullable String feedback, @Nullable UUID gradedBy) {
}
