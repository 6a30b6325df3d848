package ua.fakh.web.issuers;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import ua.fakh.certificates.issuing.IssuerProfile;
import ua.fakh.certificates.issuing.IssuerProfiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.util.UUID;

/**
 * {@code /issuers/{providerId}}: the URL every Open Badges credential of a provider names as {@code issuer.id}.
 * It resolves, as Open Badges 3.0 expects of an issuer id: a program gets the issuer's {@code Profile} in JSON-LD,
 * a browser a page saying who the issuer is and how to check its credentials.
 */
@ApiProblems.Public
@Controller("/issuers")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class IssuerProfileController {
    static final String JSON_LD = "application/ld+json";

    private final IssuerProfiles profiles;

    IssuerProfileController(IssuerProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * The issuer profile of a provider: an Open Badges 3.0 Profile in JSON-LD, or an HTML page when the client
     * prefers {@code text/html}.
     */
    @Operation(summary = "A credential issuer's profile (Open Badges 3.0 Profile, JSON-LD).", security = {})
    @ApiResponse(responseCode = "200", description = "The Profile in JSON-LD, or an HTML page for a browser.",
            content = {@Content(mediaType = JSON_LD, schema = @Schema(type = "object")),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = "string"))})
    @Get(value = "/{providerId}", produces = {JSON_LD, MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    HttpResponse<?> profile(UUID providerId, HttpRequest<?> request, PageContext page) {
        IssuerProfile profile = profiles.find(providerId).orElseThrow(() -> new NotFoundException("problem.issuer.unknown"));
        MutableHttpResponse<?> response = ContentChoice.prefersHtml(request.accept())
                ? HttpResponse.ok(Views.view("issuers/profile", page, new IssuerProfileModel(profile))).contentType(MediaType.TEXT_HTML_TYPE)
                : HttpResponse.ok(profiles.jsonLd(profile)).contentType(MediaType.of(JSON_LD));
        return response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
}
