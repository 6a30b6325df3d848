package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;
import java.util.UUID;

/** A lesson with its content and {@code html}, the sanitised rendering its plugin made. */
@Serdeable
public record LessonView(UUID id, UUID courseId, UUID sectionId, String title, @Nullable String titleEn, String type,
                         Map<String, Object> content, String html, boolean required,
                         @Nullable UUID previousLessonId, @Nullable UUID nextLessonId) {
}
