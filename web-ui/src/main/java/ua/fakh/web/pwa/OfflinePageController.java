package ua.fakh.web.pwa;

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
 * {@code /offline}: what the service worker shows for a page this device has not stored while there
 * is no connection. The worker keeps a copy on the device, so it is rendered for nobody in
 * particular (no name, no form token); the list of stored courses is read on the device
 * ({@code offline-page.js}).
 */
@Hidden
@Controller
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
class OfflinePageController {

    @Get(ServiceWorkerScript.OFFLINE_PAGE)
    HttpResponse<?> offline(PageContext page) {
        return HttpResponse.ok(Views.view("offline", page.anonymous()));
    }
}
