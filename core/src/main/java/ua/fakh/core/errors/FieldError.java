package ua.fakh.core.errors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * One invalid field of a request: {@code {field, message}} inside a problem's {@code errors[]}.
 * The message a service writes is a bundle key ({@code problem.field.*}) and the arguments that fill
 * its {@code {0}}, {@code {1}}…; the problem answer and the form pages turn it into the reader's
 * language, so the arguments never travel as JSON.
 */
@Serdeable
public record FieldError(String field, String message, @JsonIgnore List<Object> arguments) {
    public FieldError {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public FieldError(String field, String message) {
        this(field, message, List.of());
    }

    /** A field refused with the message under {@code key}, filled with {@code arguments}. */
    public static FieldError of(String field, String key, Object... arguments) {
        return new FieldError(field, key, List.of(arguments));
    }

    /** The arguments as {@code Messages.get} takes them. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
