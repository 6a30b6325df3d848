package ua.fakh.courses.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.UUID;

/**
 * A question of the bank, for the course's trainers (the definition holds the key). {@code id} is the question family,
 * {@code versionId} this version; {@code textFormat} how the text is written (html, markdown, plain, moodle).
 */
@Serdeable
public record QuestionView(UUID id, UUID versionId, int version, String type, String title, String text, String category,
                           Map<String, Object> definition, @Nullable String generalFeedback, UUID courseId, String textFormat) {
}
