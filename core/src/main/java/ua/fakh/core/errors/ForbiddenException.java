package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

public class ForbiddenException extends FakhException {
    public ForbiddenException(String message) {
        super(HttpStatus.FORBIDDEN, message);
    }
}
