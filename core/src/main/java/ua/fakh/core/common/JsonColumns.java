package ua.fakh.core.common;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The one way JSON is kept in text columns (lists, lesson content, snapshots): the same on H2 and
 * PostgreSQL. A value that cannot be written or read is a programming error, not the client's.
 */
@Singleton
public class JsonColumns {
    private final JsonMapper json;

    public JsonColumns(JsonMapper json) {
        this.json = json;
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public <T> T read(String text, Class<T> type) {
        return read(text, Argument.of(type));
    }

    public <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON array of strings; empty for null or blank text. */
    public List<String> strings(String text) {
        return text == null || text.isBlank() ? List.of() : read(text, Argument.listOf(String.class));
    }

    public Map<String, Object> object(String text) {
        return read(text, Argument.mapOf(String.class, Object.class));
    }
}
