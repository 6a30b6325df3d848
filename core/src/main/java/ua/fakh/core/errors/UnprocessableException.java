package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

public class UnprocessableException extends FakhException {
    public UnprocessableException(String message, Object... arguments) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, message, arguments);
    }
}
