package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.GradebookCsv;
import ua.fakh.courses.assessment.GradebookXlsx;
import ua.fakh.courses.assessment.Gradebooks;
import ua.fakh.courses.enrollment.Cohorts;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.util.UUID;

/** {@code /teach/courses/{id}/gradebook}: every learner's progress, attendance and grades, by cohort, and the same as CSV and XLSX. */
@Hidden
@Controller("/teach/courses/{id}")
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class GradebookPageController {
    private final TaughtCourses courses;
    private final Gradebooks gradebooks;
    private final Cohorts cohorts;

    GradebookPageController(TaughtCourses courses, Gradebooks gradebooks, Cohorts cohorts) {
        this.courses = courses;
        this.gradebooks = gradebooks;
        this.cohorts = cohorts;
    }

    @Get("/gradebook")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> gradebook(UUID id, @Nullable @QueryValue String cohort, @Nullable @QueryValue String saved, PageContext ctx,
                              Caller caller) {
        TaughtCourse course = courses.open(id, caller, ctx);
        UUID cohortId = FormIds.optional(cohort, "cohort");
        return HttpResponse.ok(Views.view("assess/gradebook", ctx, new GradebookModel(course,
                gradebooks.gradebook(id, cohortId, caller), cohorts.ofCourse(id, caller), cohortId,
                "override".equals(saved) ? "assessment.override.saved" : null)));
    }

    /** The same table as an XLSX sheet, its header and words in the page's language. */
    @Get(value = "/gradebook.xlsx", produces = GradebookXlsx.MEDIA_TYPE)
    HttpResponse<byte[]> xlsx(UUID id, @Nullable @QueryValue String cohort, PageContext ctx, Caller caller) {
        byte[] xlsx = GradebookXlsx.write(gradebooks.gradebook(id, FormIds.optional(cohort, "cohort"), caller), ctx.messages(), ctx.locale());
        return HttpResponse.ok(xlsx).contentType(GradebookXlsx.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("gradebook-" + id + ".xlsx"));
    }

    @Get(value = "/gradebook.csv", produces = "text/csv;charset=UTF-8")
    HttpResponse<byte[]> csv(UUID id, @Nullable @QueryValue String cohort, Caller caller) {
        byte[] csv = GradebookCsv.write(gradebooks.gradebook(id, FormIds.optional(cohort, "cohort"), caller));
        return HttpResponse.ok(csv).contentType("text/csv;charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("gradebook-" + id + ".csv"));
    }
}
