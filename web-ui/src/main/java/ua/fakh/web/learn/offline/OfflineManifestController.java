package ua.fakh.web.learn.offline;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.security.Caller;
import ua.fakh.web.page.PageContext;

import java.util.UUID;

/**
 * {@code /courses/{id}/offline.json}: what the course page's "Download for offline" stores, for a learner
 * enrolled in the course (others: 403), with the session cookie like the pages it lists. Never kept by
 * the browser: it must say the version published now.
 */
@Hidden
@Controller("/courses/{id}/offline.json")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class OfflineManifestController {
    private final OfflineManifests manifests;

    OfflineManifestController(OfflineManifests manifests) {
        this.manifests = manifests;
    }

    @Get
    HttpResponse<OfflineManifest> manifest(UUID id, PageContext ctx, Caller caller) {
        return HttpResponse.ok(manifests.of(id, caller, ctx)).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
