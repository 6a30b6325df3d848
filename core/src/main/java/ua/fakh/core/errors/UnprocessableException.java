package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

public class UnprocessableException extends FakhException {
    public UnprocessableException(String message) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, message);
    }
}
