package ua.fakh.core.config.internal;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Refuses U+0000 in any field of a JSON or form body (400 naming the field), in one place instead
 * of in every form and record. CSV, GIFT and other uploaded files are not checked here: their
 * importers report the offending row. Bodies are at most {@code fakh.limits.body} (see
 * {@link BodySizeLimit}) and the route buffers them anyway; this reads a copy. Waits on a blocking
 * thread, as the CSRF filter does (a filter completed later than the headers answers 503 here).
 */
@ServerFilter(value = ServerFilter.MATCH_ALL_PATTERN, methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
final class NulInBodyFilter implements Ordered {
    private final NulRefusal refusal;

    NulInBodyFilter(NulRefusal refusal) {
        this.refusal = refusal;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void check(HttpRequest<?> request) {
        MediaType type = request.getContentType().orElse(null);
        if (type == null || !(request instanceof ServerHttpRequest<?> server)) {
            return;
        }
        boolean json = type.matches(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json");
        boolean form = type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        if (!json && !form) {
            return;
        }
        byte[] bytes;
        try {
            bytes = server.byteBody().split(ByteBody.SplitBackpressureMode.FASTEST).buffer().join().toByteArray();
        } catch (CompletionException unreadable) {
            return; // too large or cut off: the route's own reading of the body answers that
        }
        Optional<String> field = json ? NulFinder.inJson(bytes) : NulFinder.inForm(new String(bytes, StandardCharsets.UTF_8));
        field.ifPresent(name -> {
            throw refusal.of(request, name);
        });
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
