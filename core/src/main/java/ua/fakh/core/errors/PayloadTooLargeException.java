package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

public class PayloadTooLargeException extends FakhException {
    public PayloadTooLargeException(String message) {
        super(HttpStatus.REQUEST_ENTITY_TOO_LARGE, message);
    }
}
