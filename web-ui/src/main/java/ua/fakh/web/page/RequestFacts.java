package ua.fakh.web.page;

import ua.fakh.web.browser.HttpsRequests;
import io.micronaut.http.HttpRequest;

/** Facts about a request's address (whether it came over HTTPS is {@link HttpsRequests}'s to say). */
public final class RequestFacts {
    private RequestFacts() {
    }

    /** Path and query string as the browser asked for them. */
    public static String pathAndQuery(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return query == null || query.isEmpty() ? request.getPath() : request.getPath() + "?" + query;
    }
}
