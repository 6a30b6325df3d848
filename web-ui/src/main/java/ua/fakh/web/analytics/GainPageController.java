package ua.fakh.web.analytics;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.analytics.AnalyticsFilterChoices;
import ua.fakh.courses.analytics.GainReports;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

/** {@code /analytics/gain}: the knowledge-gain tables under the analytics tabs and filter; a wrong filter is said beside its field. */
@Hidden
@Controller("/analytics/gain")
@Produces(MediaType.TEXT_HTML)
@Secured({"ADMIN", "HR", "ANALYST"})
@ExecuteOn(TaskExecutors.BLOCKING)
class GainPageController {
    private final GainReports reports;
    private final AnalyticsScopes scopes;
    private final AnalyticsFilterChoices choices;

    GainPageController(GainReports reports, AnalyticsScopes scopes, AnalyticsFilterChoices choices) {
        this.reports = reports;
        this.scopes = scopes;
        this.choices = choices;
    }

    @Get
    HttpResponse<?> page(HttpRequest<?> request, PageContext ctx, Caller caller) {
        AnalyticsFilterForm form = AnalyticsFilterForm.of(request.getParameters());
        var options = choices.options(scopes.of(caller));
        if (!form.errors().isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(Views.view("analytics/gain", ctx, new GainPageModel(form, options, null, ctx.locale())));
        }
        return HttpResponse.ok(Views.view("analytics/gain", ctx,
                new GainPageModel(form, options, reports.gain(form.toFilter(), caller, ctx.locale()), ctx.locale())));
    }
}
