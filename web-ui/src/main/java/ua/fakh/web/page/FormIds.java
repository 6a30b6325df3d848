package ua.fakh.web.page;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.errors.ValidationException;

import java.util.UUID;

/**
 * Ids typed into form fields and query strings. Blank is always "none"; what happens to text that is
 * not an id depends on the field: a filter drops it, a field that names something refuses it (a 400,
 * never a 500).
 */
public final class FormIds {
    private FormIds() {
    }

    /** The id, or null when blank or not an id (filters and pickers: the page or the service decides). */
    public static @Nullable UUID orNull(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** The id, or null when blank; text that is not an id is refused as {@code field}. */
    public static @Nullable UUID optional(@Nullable String text, String field) {
        UUID id = orNull(text);
        if (id == null && text != null && !text.isBlank()) {
            throw ValidationException.of(field, "problem.field.notAnId");
        }
        return id;
    }

    /** The id; blank or not an id is refused as {@code field} with {@code reason}. */
    public static UUID required(@Nullable String text, String field, String reason) {
        UUID id = orNull(text);
        if (id == null) {
            throw ValidationException.of(field, reason);
        }
        return id;
    }
}
