package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

import java.time.Duration;

/** 429 with a {@code Retry-After} header of whole seconds (at least 1). */
public class TooManyRequestsException extends FakhException {
    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, message);
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
