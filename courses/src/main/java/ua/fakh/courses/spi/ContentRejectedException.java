package ua.fakh.courses.spi;

import io.micronaut.http.HttpStatus;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.FieldError;

import java.util.List;

/** A lesson's content does not fit its type: 422 naming the fields (e.g. {@code content.url}). */
public class ContentRejectedException extends FakhException {
    private final List<FieldError> errors;

    public ContentRejectedException(List<FieldError> errors) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, "The lesson content is not valid for its type");
        this.errors = List.copyOf(errors);
    }

    @Override
    public List<FieldError> fieldErrors() {
        return errors;
    }
}
