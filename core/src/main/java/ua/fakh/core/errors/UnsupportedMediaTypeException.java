package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

public class UnsupportedMediaTypeException extends FakhException {
    public UnsupportedMediaTypeException(String message) {
        super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, message);
    }
}
