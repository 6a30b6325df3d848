package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.UUID;

/**
 * A question of the course's bank as a course package carries it: the current version of its
 * family {@code id}, which the package's quiz lessons refer to. {@code textFormat} is null in packages
 * made before formats were kept (the text then reads as it looks).
 */
@Serdeable
public record PackagedQuestion(UUID id, String type, @Nullable String title, String text, @Nullable String category,
                               Map<String, Object> definition, @Nullable String generalFeedback,
                               @Nullable String textFormat) {
}
