package ua.fakh.web.teach;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.spi.MaterialInfo;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a lesson type's form partial ({@code jte/teach/lesson/<type id>.jte}) is given: the content
 * as saved or as typed, the plugin's complaints by field, and the course's files (for types that
 * show one), and the content as JSON (for the form of a type that has no partial of its own).
 */
public record LessonFields(UUID courseId, String type, Map<String, Object> content, Map<String, String> errors,
                           List<MaterialInfo> materials, String json) {

    public String text(String field) {
        Object value = content.get(field);
        if (value instanceof Collection<?> items) {
            return String.join("\n", items.stream().map(String::valueOf).toList());
        }
        return value == null ? "" : String.valueOf(value);
    }

    public boolean checked(String field) {
        return Boolean.TRUE.equals(content.get(field));
    }

    public boolean is(String field, String value) {
        return value.equals(text(field));
    }

    /** The plugin's message for a content field (it names them {@code content.<field>}). */
    public @Nullable String error(String field) {
        return errors.get("content." + field);
    }

    /** The course's files whose media type starts with one of {@code prefixes} (none given: all of them). */
    public List<MaterialInfo> materials(String... prefixes) {
        return materials.stream().filter(m -> prefixes.length == 0
                || Arrays.stream(prefixes).anyMatch(p -> m.mediaType().startsWith(p))).toList();
    }
}
