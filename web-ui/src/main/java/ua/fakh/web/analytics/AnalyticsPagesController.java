package ua.fakh.web.analytics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.analytics.AnalyticsFilterChoices;
import ua.fakh.courses.analytics.CoverageReports;
import ua.fakh.web.page.FormIds;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.util.UUID;

/**
 * {@code /analytics}: the coverage page (filter, key numbers, every table), and
 * {@code /analytics/people}: the people behind a row, for administrators and HR.
 */
@Hidden
@Controller("/analytics")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AnalyticsPagesController {

    private final AnalyticsScopes scopes;
    private final CoverageReports coverage;
    private final AnalyticsFilterChoices choices;
    private final Organizations organizations;

    AnalyticsPagesController(AnalyticsScopes scopes, CoverageReports coverage, AnalyticsFilterChoices choices,
                             Organizations organizations) {
        this.scopes = scopes;
        this.coverage = coverage;
        this.choices = choices;
        this.organizations = organizations;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> coverage(PageContext ctx, Caller caller, HttpParameters parameters) {
        AnalyticsScope scope = scopes.of(caller);
        AnalyticsFilterForm form = AnalyticsFilterForm.of(parameters);
        var options = choices.options(scope);
        if (!form.errors().isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("analytics/coverage", ctx,
                    new CoverageModel(form, options, null)));
        }
        return HttpResponse.ok(Views.view("analytics/coverage", ctx,
                new CoverageModel(form, options, coverage.report(scope, form.toFilter(), ctx.locale()))));
    }

    @Get("/people")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> people(PageContext ctx, Caller caller, HttpParameters parameters, @Nullable @QueryValue String organization) {
        AnalyticsScope scope = scopes.of(caller);
        if (!scope.names()) {
            throw new ForbiddenException("problem.analytics.noNames");
        }
        UUID organizationId = FormIds.required(organization, "organization", "problem.field.notAnId");
        AnalyticsFilterForm form = AnalyticsFilterForm.of(parameters);
        var people = coverage.people(scope, organizationId, form.toFilter(), ctx.locale());
        return HttpResponse.ok(Views.view("analytics/people", ctx,
                new PeopleModel(ctx.name(organizations.get(organizationId)), form, people)));
    }
}
