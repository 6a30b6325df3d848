package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * A lesson in a course outline: what it is called and of which type, not its content. {@code required}: it holds
 * course completion up (marked required and of a kind that counts: a pre-test never does), as pages label it.
 */
@Serdeable
public record LessonOutline(UUID id, String title, @Nullable String titleEn, String type, boolean required) {
}
