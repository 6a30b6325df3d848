package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every wrong field of one request before refusing it, so a form shows all its errors at
 * once rather than one per submit. Messages are bundle keys ({@code problem.field.*}); a bean's own
 * constraint violations are worded by {@link ConstraintFieldErrors}, as everywhere else.
 * Refuses with 400, or with 422 when the only problems are values another record already holds.
 */
public final class FieldCheck {
    private final List<FieldError> errors = new ArrayList<>();
    private boolean onlyTaken = true;

    public static FieldCheck of(Validator validator, Object bean) {
        FieldCheck check = new FieldCheck();
        for (ConstraintViolation<Object> violation : validator.validate(bean)) {
            FieldError error = ConstraintFieldErrors.of(violation.getPropertyPath().toString().replaceAll("\\[\\d*]", ""), violation);
            if (!check.has(error.field())) {
                check.errors.add(error);
                check.onlyTaken = false;
            }
        }
        return check;
    }

    public static FieldCheck start() {
        return new FieldCheck();
    }

    /** Adds a problem unless the field already has one (the first says the most). */
    public FieldCheck add(String field, String messageKey) {
        if (!has(field)) {
            errors.add(new FieldError(field, messageKey));
            onlyTaken = false;
        }
        return this;
    }

    /** As {@link #add(String, String)}, the message filled with {@code arguments}. */
    public FieldCheck add(String field, String messageKey, Object... arguments) {
        if (!has(field)) {
            errors.add(FieldError.of(field, messageKey, arguments));
            onlyTaken = false;
        }
        return this;
    }

    /** A value that is well-formed but already belongs to another record (a duplicate EDRPOU): 422 when alone. */
    public FieldCheck taken(String field, String messageKey) {
        if (!has(field)) {
            errors.add(new FieldError(field, messageKey));
        }
        return this;
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw asException();
        }
    }

    public ValidationException asException() {
        return onlyTaken ? new ValidationException(errors, HttpStatus.UNPROCESSABLE_ENTITY) : new ValidationException(errors);
    }
}
