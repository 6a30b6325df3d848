package ua.fakh.courses.spi;

import io.micronaut.http.HttpStatus;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.errors.FieldError;

import java.util.List;

/**
 * A question's definition does not fit its type, or a response does not fit its question: 422
 * naming the fields ({@code definition.choices[1].text}, {@code response.choiceId}).
 */
public class QuestionRejectedException extends FakhException {
    private final List<FieldError> errors;

    public QuestionRejectedException(String message, List<FieldError> errors) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, message);
        this.errors = List.copyOf(errors);
    }

    @Override
    public List<FieldError> fieldErrors() {
        return errors;
    }
}
