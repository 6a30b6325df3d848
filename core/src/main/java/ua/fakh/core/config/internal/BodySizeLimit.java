package ua.fakh.core.config.internal;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteMatch;
import ua.fakh.core.common.LargeUpload;
import ua.fakh.core.errors.PayloadTooLargeException;

/**
 * The server accepts bodies up to {@code micronaut.server.max-request-size} because course materials
 * (video, audio) stream through multipart uploads on routes marked {@link LargeUpload}. Every other
 * body (JSON, CSV, forms, small files such as a logo or a CSV upload) gets the much smaller
 * {@code fakh.limits.body} (default 10 MB): a larger declared {@code Content-Length} is refused with
 * 413 before a byte is read. Chunked bodies declare no length: the routes that read files count the
 * bytes as they stream, and multipart parts past {@code micronaut.server.multipart.threshold} wait
 * on disk, not in the heap.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class BodySizeLimit {
    private final long limit;

    BodySizeLimit(@Value("${fakh.limits.body:10MB}") String limit) {
        this.limit = parse(limit);
    }

    @RequestFilter
    void check(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        long length = request.getContentLength();
        if (length > limit && (route == null || !route.getRouteInfo().getAnnotationMetadata().hasAnnotation(LargeUpload.class))) {
            throw new PayloadTooLargeException("problem.body.tooLarge", limit);
        }
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
