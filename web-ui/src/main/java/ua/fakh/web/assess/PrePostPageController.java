package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.web.page.FormIds;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.PrePostReport;
import ua.fakh.courses.assessment.PrePostReports;
import ua.fakh.courses.enrollment.Cohorts;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.util.UUID;

/** {@code /teach/courses/{id}/prepost}: pre-test and post-test per learner and per cohort, the gain, and a chart. */
@Hidden
@Controller("/teach/courses/{id}/prepost")
@Produces(MediaType.TEXT_HTML)
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class PrePostPageController {
    private final TaughtCourses courses;
    private final PrePostReports reports;
    private final Cohorts cohorts;

    PrePostPageController(TaughtCourses courses, PrePostReports reports, Cohorts cohorts) {
        this.courses = courses;
        this.reports = reports;
        this.cohorts = cohorts;
    }

    @Get
    HttpResponse<?> report(UUID id, @Nullable @QueryValue String cohort, PageContext ctx, Caller caller) {
        TaughtCourse course = courses.open(id, caller, ctx);
        UUID cohortId = FormIds.optional(cohort, "cohort");
        PrePostReport report = reports.prePost(id, cohortId, caller);
        return HttpResponse.ok(Views.view("assess/prepost", ctx, new PrePostModel(course, report,
                PrePostChart.of(report, ctx.t("assessment.noCohort")), cohorts.ofCourse(id, caller), cohortId)));
    }
}
