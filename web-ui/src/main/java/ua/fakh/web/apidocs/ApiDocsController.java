package ua.fakh.web.apidocs;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;

/**
 * {@code /api-docs}: the Swagger UI that micronaut-openapi generates at build time, with its
 * scripts and styles served from the jar (no CDN), reading the spec at {@code /swagger/fakh.yml}.
 */
@Hidden
@Produces(MediaType.TEXT_HTML) // navigations from a browser: answer what it accepts
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ApiDocsController {

    @Get("/api-docs")
    HttpResponse<?> apiDocs() {
        return HttpResponse.redirect(URI.create("/swagger-ui/index.html"));
    }
}
