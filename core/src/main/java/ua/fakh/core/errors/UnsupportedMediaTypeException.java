package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

public class UnsupportedMediaTypeException extends FakhException {
    public UnsupportedMediaTypeException(String message, Object... arguments) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message, arguments);
    }
}
