package ua.fakh.core.security;

import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * The caller of a request, loaded from the database once when its token was checked and kept in
 * the request (for that request only). Every access check of the request uses this one caller.
 */
public final class RequestCallers {
    static final String ATTRIBUTE = "fakh.caller";

    private RequestCallers() {
    }

    /** The signed-in caller; empty for an anonymous request, or a token whose user has since lost access. */
    public static Optional<Caller> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, Caller.class);
    }
}
