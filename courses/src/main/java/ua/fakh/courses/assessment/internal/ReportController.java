package ua.fakh.courses.assessment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.EssayToGrade;
import ua.fakh.courses.assessment.Gradebook;
import ua.fakh.courses.assessment.GradebookCsv;
import ua.fakh.courses.assessment.GradebookXlsx;
import ua.fakh.courses.assessment.Gradebooks;
import ua.fakh.courses.assessment.GradingQueue;
import ua.fakh.courses.assessment.PrePostReport;
import ua.fakh.courses.assessment.PrePostReports;

import java.util.List;
import java.util.UUID;

/** A course trainer's views of results: gradebook (JSON, CSV, XLSX), pre/post gain, essays to grade. */
@Controller("/api/courses/{courseId}")
@Secured({"TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ReportController {
    private final Gradebooks gradebooks;
    private final PrePostReports prePost;
    private final GradingQueue queue;
    private final Messages messages;
    private final LocaleChoice locales;

    ReportController(Gradebooks gradebooks, PrePostReports prePost, GradingQueue queue, Messages messages, LocaleChoice locales) {
        this.messages = messages;
        this.locales = locales;
        this.gradebooks = gradebooks;
        this.prePost = prePost;
        this.queue = queue;
    }

    @Get("/gradebook")
    Gradebook gradebook(UUID courseId, @Nullable @QueryValue UUID cohort, Caller caller) {
        return gradebooks.gradebook(courseId, cohort, caller);
    }

    @Get(value = "/gradebook.csv", produces = "text/csv;charset=UTF-8")
    HttpResponse<byte[]> gradebookCsv(UUID courseId, @Nullable @QueryValue UUID cohort, Caller caller) {
        byte[] csv = GradebookCsv.write(gradebooks.gradebook(courseId, cohort, caller));
        return HttpResponse.ok(csv).contentType(MediaType.of("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("gradebook-" + courseId + ".csv"));
    }

    @Get(value = "/gradebook.xlsx", produces = GradebookXlsx.MEDIA_TYPE)
    HttpResponse<byte[]> gradebookXlsx(UUID courseId, @Nullable @QueryValue UUID cohort, HttpRequest<?> request, Caller caller) {
        byte[] xlsx = GradebookXlsx.write(gradebooks.gradebook(courseId, cohort, caller), messages, locales.of(request));
        return HttpResponse.ok(xlsx).contentType(MediaType.of(GradebookXlsx.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("gradebook-" + courseId + ".xlsx"));
    }

    @Get("/prepost")
    PrePostReport prePost(UUID courseId, @Nullable @QueryValue UUID cohort, Caller caller) {
        return prePost.prePost(courseId, cohort, caller);
    }

    @Get("/grading-queue")
    List<EssayToGrade> gradingQueue(UUID courseId, Caller caller) {
        return queue.waiting(courseId, caller);
    }
}
