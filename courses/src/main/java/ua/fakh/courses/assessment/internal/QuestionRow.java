package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("questions")
record QuestionRow(@Id UUID id, UUID familyId, int version, boolean currentVersion, UUID courseId, String category,
                   String title, String type, String text, String definition, @Nullable String generalFeedback,
                   @Nullable UUID createdBy, Instant createdAt, String textFormat) {
}
