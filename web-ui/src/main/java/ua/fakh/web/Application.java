package ua.fakh.web;

import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

/** Fakh: one process serving the API, the pages and the public certificate check. */
@OpenAPIDefinition(info = @Info(title = "Fakh", version = "0.1",
        description = "Professional development for social workers: courses, assessment, certificates. "
                + "Every call takes the access token of `POST /login` as `Authorization: Bearer`; the routes "
                + "open to anyone say `security: []`. Browser pages sign in with the `fakh_session` cookie "
                + "instead, which the API does not accept. Errors are `application/problem+json` (RFC 9457)."),
        servers = @Server(url = "/", description = "This installation"),
        // every operation needs the bearer token unless it says otherwise (@Operation(security = {}))
        security = @SecurityRequirement(name = Application.BEARER))
@SecurityScheme(name = Application.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "The access token of `POST /login` (renewed with `POST /oauth/access_token`)")
// micronaut-openapi does not descend into sub-packages: each package holding API controllers is named
// (OpenApiLintIT fails when a route under /api is missing from the document)
@OpenAPIInclude(packages = {
        "ua.fakh.core.analytics.boundaries.internal",
        "ua.fakh.core.analytics.internal",
        "ua.fakh.core.audit.internal",
        "ua.fakh.core.auth.internal",
        "ua.fakh.core.notifications.internal",
        "ua.fakh.core.organizations.internal",
        "ua.fakh.core.ping.internal",
        "ua.fakh.core.plugins.internal",
        "ua.fakh.core.plugins.notify_email",
        "ua.fakh.core.users.internal",
        "ua.fakh.courses.calendar.internal",
        "ua.fakh.courses.content.internal",
        "ua.fakh.courses.enrollment.internal",
        "ua.fakh.courses.assessment.internal",
        "ua.fakh.courses.meetings.internal",
        "ua.fakh.courses.attendance.internal",
        "ua.fakh.courses.registration.internal",
        "ua.fakh.certificates.issuing.internal"
})
public final class Application {
    static final String BEARER = "bearer";

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
