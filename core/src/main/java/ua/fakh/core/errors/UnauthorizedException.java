package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

public class UnauthorizedException extends FakhException {
    public UnauthorizedException(String message) {
        super(HttpStatus.UNAUTHORIZED, message);
    }
}
