package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

public class PayloadTooLargeException extends FakhException {
    public PayloadTooLargeException(String message, Object... arguments) {
        super(HttpStatus.REQUEST_ENTITY_TOO_LARGE, message, arguments);
    }
}
