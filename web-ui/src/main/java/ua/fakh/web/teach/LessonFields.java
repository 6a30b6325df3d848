package ua.fakh.web.teach;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/** What the JSON form of a lesson type without a form of its own is given: its content as JSON and the complaints by field. */
public record LessonFields(Map<String, String> errors, String json) {

    /** The plugin's message for a content field (it names them {@code content.<field>}). */
    public @Nullable String error(String field) {
        return errors.get("content." + field);
    }
}
