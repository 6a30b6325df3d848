package ua.fakh.web.pwa;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code /sw.js}: the service worker ({@link ServiceWorkerScript}), at the root so that it may
 * control every page. Revalidated on every check ({@code no-cache}): a new version must reach the
 * browser at its next visit, not a day later.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ServiceWorkerController {
    static final String JAVASCRIPT = "text/javascript";

    private final ServiceWorkerScript script;

    ServiceWorkerController(ServiceWorkerScript script) {
        this.script = script;
    }

    @Get("/sw.js")
    @Produces(JAVASCRIPT)
    HttpResponse<String> serviceWorker() {
        return HttpResponse.ok(script.source())
                .contentType(JAVASCRIPT + ";charset=utf-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header("Service-Worker-Allowed", "/");
    }
}
