package ua.fakh.courses.content;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import ua.fakh.core.security.Caller;

import java.util.UUID;

/**
 * A course file as an HTTP answer, the same for the API and for the pages: {@code Range} gives 206
 * (players seek, a weak connection resumes), the current {@code ETag} in {@code If-None-Match}
 * gives 304, and the file name survives in {@code Content-Disposition} whatever its alphabet.
 * Who may read it is checked by {@link Materials}.
 */
public interface MaterialResponses {
    /** The material {@code id} for {@code caller}; {@code download} asks for an attachment rather than inline. */
    MutableHttpResponse<?> serve(UUID id, boolean download, HttpRequest<?> request, @Nullable Caller caller);
}
