package ua.fakh.core.errors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/**
 * Renders a failure as a page for browser requests. The web module provides the one
 * implementation; without it every failure is answered as {@code application/problem+json}.
 */
public interface ErrorPageRenderer {

    /** Whether this request is a page request (a browser navigating), not an API call. */
    boolean wantsPage(HttpRequest<?> request);

    /** The response for a page request that failed with {@code status}; may be a redirect (e.g. to sign in). */
    MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String detail);

    /**
     * As {@link #render(HttpRequest, HttpStatus, String)}, knowing the bundle key the detail was worded
     * from ({@code null} when it was not), so that a page may say the few refusals written for the reader.
     */
    default MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String detail, @Nullable String key) {
        return render(request, status, detail);
    }
}
