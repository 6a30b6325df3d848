package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

import java.util.List;

/** 400 (or 422) naming the fields that are wrong. */
public class ValidationException extends FakhException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        this(errors, HttpStatus.BAD_REQUEST);
    }

    /** With 422 for well-formed values the data refuses (a duplicate), see {@link FieldCheck}. */
    public ValidationException(List<FieldError> errors, HttpStatus status) {
        super(status, "The request has invalid fields");
        this.errors = List.copyOf(errors);
    }

    /** One refused field; {@code key} names its message in a bundle, {@code arguments} fill it. */
    public static ValidationException of(String field, String key, Object... arguments) {
        return new ValidationException(List.of(FieldError.of(field, key, arguments)));
    }

    @Override
    public List<FieldError> fieldErrors() {
        return errors;
    }
}
