package ua.fakh.web.sync;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

/**
 * {@code /sync}: the sync centre. What this device still has to send, what the server refused and
 * why, and the courses stored here for offline use. All of it lives in the browser (IndexedDB, Cache
 * Storage), so the server sends only the frame and its words; sync-page.js fills it in.
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class SyncPageController {

    @Get("/sync")
    HttpResponse<?> show(PageContext page) {
        return HttpResponse.ok(Views.view("sync", page));
    }
}
