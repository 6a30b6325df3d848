package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.UUID;

/**
 * A question of the course's bank as a course package carries it: the current version of its
 * family {@code id}, which the package's quiz lessons refer to.
 */
@Serdeable
public record PackagedQuestion(UUID id, String type, @Nullable String title, String text, @Nullable String category,
                               Map<String, Object> definition, @Nullable String generalFeedback) {
}
