package ua.fakh.web.learn;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.MaterialResponses;

import java.util.UUID;

/**
 * {@code /materials/{id}/content}: a course file for the signed-in browser (enrolled learners and the
 * course's trainers; the Materials door checks), with {@code Range} (206) so players can seek and
 * a weak connection can resume, and {@code ETag}/{@code If-None-Match} (304).
 */
@Hidden
@Controller("/materials")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MaterialContentController {
    private final MaterialResponses responses;

    MaterialContentController(MaterialResponses responses) {
        this.responses = responses;
    }

    @Get("/{id}/content")
    MutableHttpResponse<?> content(UUID id, @Nullable @QueryValue Boolean download, HttpRequest<?> request, Caller caller) {
        return responses.serve(id, Boolean.TRUE.equals(download), request, caller);
    }
}
