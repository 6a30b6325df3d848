package ua.fakh.web.errors;

import io.micronaut.core.annotation.Nullable;

/**
 * The error page: its status, the message key ({@code <key>.title}, {@code <key>.text}), and for the
 * few refusals written for the reader, that sentence (already in the reader's language).
 */
public record ErrorModel(int status, String key, @Nullable String explanation) {

    public ErrorModel(int status, String key) {
        this(status, key, null);
    }
}
