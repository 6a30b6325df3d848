package ua.fakh.web;

import io.micronaut.openapi.annotation.OpenAPIInclude;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Fakh: one process serving the API, the pages and the public certificate check. */
@OpenAPIDefinition(info = @Info(title = "Fakh", version = "0.1",
        description = "Professional development for social workers: courses, assessment, certificates"))
// micronaut-openapi does not descend into sub-packages: each package holding API controllers is named
@OpenAPIInclude(packages = {
        "ua.fakh.core.audit.internal",
        "ua.fakh.core.auth.internal",
        "ua.fakh.core.organizations.internal",
        "ua.fakh.core.plugins.internal",
        "ua.fakh.core.users.internal",
        "ua.fakh.courses.content.internal",
        "ua.fakh.courses.enrollment.internal",
        "ua.fakh.courses.assessment.internal",
        "ua.fakh.certificates.issuing.internal"
})
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
