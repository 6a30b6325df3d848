package ua.fakh.web.apidocs;

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
 * {@code /api-docs}: a page in the reader's language on how to call the API (the token, the spec),
 * leading to the Swagger UI that micronaut-openapi generates at build time. That UI has no Ukrainian
 * translation, so the page says it is in English before sending anyone there.
 */
@Hidden
@Produces(MediaType.TEXT_HTML)
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ApiDocsController {

    @Get("/api-docs")
    HttpResponse<?> apiDocs(PageContext page) {
        return HttpResponse.ok(Views.view("apidocs", page));
    }
}
