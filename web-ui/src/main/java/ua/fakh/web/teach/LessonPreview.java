package ua.fakh.web.teach;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/** A lesson's preview: its html (already safe: the type's plugin sanitised it), or why the content cannot be shown. */
public record LessonPreview(@Nullable String html, Map<String, String> errors) {
}
