package ua.fakh.web.analytics;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.analytics.GainReports;

/**
 * {@code GET /api/analytics/gain?from&to&provider&course&tag&cohort}: knowledge gain of the people in the
 * caller's scope, in the caller's language; a malformed filter is a 400 naming every wrong field.
 */
@ApiProblems.SignedIn
@Controller("/api/analytics/gain")
@Secured({"ADMIN", "HR", "ANALYST"})
@ExecuteOn(TaskExecutors.BLOCKING)
class GainApiController {
    private final GainReports reports;
    private final LocaleChoice locales;

    GainApiController(GainReports reports, LocaleChoice locales) {
        this.reports = reports;
        this.locales = locales;
    }

    @Operation(summary = "Learning gain between pre-tests and post-tests.")
    @Get
    GainJson gain(HttpRequest<?> request, Caller caller) {
        return GainJson.of(reports.gain(AnalyticsFilterForm.of(request.getParameters()).toFilter(), caller, locales.of(request)));
    }
}
