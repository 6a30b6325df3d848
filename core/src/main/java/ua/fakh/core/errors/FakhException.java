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
    private final Object[] arguments;

    /** {@code message} is a bundle key ({@code problem.*}) said in the caller's language; {@code arguments} fill its {0}, {1}… */
    protected FakhException(HttpStatus status, String message, Object... arguments) {
        super(message, null, false, false);
        this.status = status;
        this.arguments = arguments.clone();
    }

    public HttpStatus status() {
        return status;
    }

    /** The values the message's key puts in its sentence (a size limit, a media type). */
    public Object[] arguments() {
        return arguments.clone();
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
