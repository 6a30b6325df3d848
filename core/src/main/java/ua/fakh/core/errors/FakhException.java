package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * The root of every failure a client can cause. Each subclass fixes its HTTP status; the one
 * handler in {@code errors.internal} turns it into {@code application/problem+json} (API) or a page (UI).
 */
public abstract class FakhException extends RuntimeException {
    /** RFC 9457's "no particular type": the status says it all. */
    public static final String GENERIC_TYPE = "about:blank";

    private final HttpStatus status;

    protected FakhException(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    /** The problem's {@code type}: a URN of its own for a failure a client must tell apart from others of its status. */
    public String problemType() {
        return GENERIC_TYPE;
    }

    /** Field errors for validation problems; empty for everything else. */
    public List<FieldError> fieldErrors() {
        return List.of();
    }
}
