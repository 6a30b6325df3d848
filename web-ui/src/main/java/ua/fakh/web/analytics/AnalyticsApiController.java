package ua.fakh.web.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.analytics.CoverageReports;
import ua.fakh.courses.analytics.TrainedPerson;
import ua.fakh.web.page.FormIds;

import java.util.List;

/**
 * Territory coverage as JSON, for administrators, HR (its subtree) and analysts (their scope, numbers
 * only), and the people behind the numbers for those who may see names. The filter: {@code from},
 * {@code to} (days, completion in Kyiv time, both included), {@code provider}, {@code course},
 * {@code cohort} (ids), {@code tag}; see {@link AnalyticsFilterForm}.
 */
@ApiProblems.SignedIn
@Controller("/api/analytics")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AnalyticsApiController {

    private final AnalyticsScopes scopes;
    private final CoverageReports coverage;
    private final LocaleChoice locales;

    AnalyticsApiController(AnalyticsScopes scopes, CoverageReports coverage, LocaleChoice locales) {
        this.scopes = scopes;
        this.coverage = coverage;
        this.locales = locales;
    }

    /** People trained per oblast, district, hromada, institution and kind, in the caller's scope; small counts as "<5". */
    @Operation(summary = "People trained per territory, institution and kind, in the caller's scope.")
    @Get("/coverage")
    CoverageJson coverage(HttpRequest<?> request, Caller caller, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                          @Nullable @QueryValue String provider, @Nullable @QueryValue String course,
                          @Nullable @QueryValue String tag, @Nullable @QueryValue String cohort) {
        AnalyticsScope scope = scopes.of(caller);
        var filter = new AnalyticsFilterForm(from, to, provider, course, tag, cohort).toFilter();
        return CoverageJson.of(coverage.report(scope, filter, locales.of(request)));
    }

    /** The trained people of {@code organization} and everything below it: administrators, and HR inside its subtree. */
    @Operation(summary = "The trained people of an organisation and everything below it.")
    @Get("/people")
    List<TrainedPerson> people(HttpRequest<?> request, Caller caller, @Nullable @QueryValue String organization,
                               @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                               @Nullable @QueryValue String provider, @Nullable @QueryValue String course,
                               @Nullable @QueryValue String tag, @Nullable @QueryValue String cohort) {
        AnalyticsScope scope = scopes.of(caller);
        if (!scope.names()) {
            throw new ForbiddenException("problem.analytics.noNames");
        }
        var organizationId = FormIds.required(organization, "organization", "problem.field.notAnId");
        var filter = new AnalyticsFilterForm(from, to, provider, course, tag, cohort).toFilter();
        return coverage.people(scope, organizationId, filter, locales.of(request));
    }
}
