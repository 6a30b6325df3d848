package ua.fakh.web.access;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * How one persona calls: a bearer token for the API, and for the pages the cookies a browser would
 * send with the CSRF token its forms carry. Frozen: what a response sets is not taken back, so a
 * stale session keeps being presented exactly as it was.
 */
record Credentials(@Nullable String bearer, Map<String, String> cookies, @Nullable String csrf) {
    static final Credentials NONE = new Credentials(null, Map.of(), null);
}
