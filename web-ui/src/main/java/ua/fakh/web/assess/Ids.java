package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.errors.ValidationException;

import java.util.UUID;

/** Ids from form fields and query strings: blank is none, anything else must be a UUID (a 400, never a 500). */
final class Ids {
    private Ids() {
    }

    @Nullable
    static UUID parse(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "not an id");
        }
    }
}
