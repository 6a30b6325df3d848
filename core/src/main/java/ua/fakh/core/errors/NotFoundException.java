package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

public class NotFoundException extends FakhException {
    public NotFoundException(String message, Object... arguments) {
        super(HttpStatus.NOT_FOUND, message, arguments);
    }
}
