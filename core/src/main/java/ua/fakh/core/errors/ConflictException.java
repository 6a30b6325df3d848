package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

public class ConflictException extends FakhException {
    public ConflictException(String message) {
        super(HttpStatus.CONFLICT, message);
    }
}
