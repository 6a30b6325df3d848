package ua.fakh.courses.spi;

import io.micronaut.core.annotation.Nullable;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A lesson type's part of the lesson editor, as {@link ContentType#renderForm} gets it: the content
 * as saved or as typed, the plugin's complaints by field ({@code content.<field>}), the course's
 * files and where the trainer uploads them. Inputs are named by the convention
 * {@link ContentFormFields} reads back: {@code c.<name>} text, {@code c.int.<name>} a whole number,
 * {@code c.bool.<name>} a check box, {@code c.lines.<name>} a list, one item a line.
 */
public record ContentForm(UUID courseId, Map<String, Object> content, Map<String, String> errors,
                          List<MaterialInfo> materials, String materialsUrl, Locale locale) {

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

    /** The plugin's message for a content field. */
    @Nullable
    public String error(String field) {
        return errors.get("content." + field);
    }

    /** The course's files whose media type starts with one of {@code prefixes} (none given: all of them). */
    public List<MaterialInfo> materials(String... prefixes) {
        return materials.stream().filter(m -> prefixes.length == 0
                || Arrays.stream(prefixes).anyMatch(p -> m.mediaType().startsWith(p))).toList();
    }
}
