package ua.fakh.web.page;

import io.micronaut.http.HttpRequest;

/** Facts about a request that depend on how it reached us (directly or through a TLS-terminating proxy). */
public final class RequestFacts {
    private RequestFacts() {
    }

    /** HTTPS, directly or as told by the proxy in front: then cookies must be {@code Secure}. */
    public static boolean isHttps(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }

    /** Path and query string as the browser asked for them. */
    public static String pathAndQuery(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return query == null || query.isEmpty() ? request.getPath() : request.getPath() + "?" + query;
    }
}
