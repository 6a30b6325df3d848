package ua.fakh.core.config.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import ua.fakh.core.errors.PayloadTooLargeException;

/**
 * The server accepts bodies up to {@code micronaut.server.max-request-size} because course materials
 * (video, audio) stream through multipart uploads. Every other body (JSON, CSV, forms) is read into
 * memory, so it gets the much smaller {@code fakh.limits.body} (default 10 MB): larger ones are
 * refused with 413 before they are read.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BodySizeLimit {
    private final long limit;

    BodySizeLimit(@Value("${fakh.limits.body:10MB}") String limit) {
        this.limit = parse(limit);
    }

    @RequestFilter
    void check(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length > limit && !isStreamedUpload(request)) {
            throw new PayloadTooLargeException("The request body is larger than the limit of " + limit + " bytes");
        }
    }

    private static boolean isStreamedUpload(HttpRequest<?> request) {
        return request.getContentType()
                .map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE) || type.matches(MediaType.APPLICATION_OCTET_STREAM_TYPE))
                .orElse(false);
    }

    static long parse(String size) {
        String s = size.strip().toUpperCase(java.util.Locale.ROOT);
        long factor = 1;
        if (s.endsWith("KB")) {
            factor = 1024;
        } else if (s.endsWith("MB")) {
            factor = 1024 * 1024;
        } else if (s.endsWith("GB")) {
            factor = 1024L * 1024 * 1024;
        }
        return Long.parseLong(s.replaceAll("[^0-9]", "")) * factor;
    }
}
