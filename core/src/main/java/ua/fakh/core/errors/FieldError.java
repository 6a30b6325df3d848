package ua.fakh.core.errors;

import io.micronaut.serde.annotation.Serdeable;

/** One invalid field of a request: {@code {field, message}} inside a problem's {@code errors[]}. */
@Serdeable
public record FieldError(String field, String message) {
}
