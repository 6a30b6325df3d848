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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.core.errors.ApiProblems;
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
@ApiProblems.SignedIn
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

    @Operation(summary = "A course's gradebook.")
    @Get("/gradebook")
    Gradebook gradebook(UUID courseId, @Nullable @QueryValue UUID cohort, Caller caller) {
        return gradebooks.gradebook(courseId, cohort, caller);
    }

    @Operation(summary = "A course's gradebook as CSV.")
    @ApiResponse(responseCode = "200", description = "The gradebook as CSV (UTF-8).",
            content = @Content(mediaType = "text/csv; charset=UTF-8", schema = @Schema(type = "string")))
    @Get(value = "/gradebook.csv", produces = "text/csv;charset=UTF-8")
    HttpResponse<byte[]> gradebookCsv(UUID courseId, @Nullable @QueryValue UUID cohort, Caller caller) {
        byte[] csv = GradebookCsv.write(gradebooks.gradebook(courseId, cohort, caller));
        return HttpResponse.ok(csv).contentType(MediaType.of("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("gradebook-" + courseId + ".csv"));
    }

    @Operation(summary = "A course's gradebook as XLSX.")
    @ApiResponse(responseCode = "200", description = "The gradebook as an XLSX workbook.",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")))
    @Get(value = "/gradebook.xlsx", produces = GradebookXlsx.MEDIA_TYPE)
    HttpResponse<byte[]> gradebookXlsx(UUID courseId, @Nullable @QueryValue UUID cohort, HttpRequest<?> request, Caller caller) {
        byte[] xlsx = GradebookXlsx.write(gradebooks.gradebook(courseId, cohort, caller), messages, locales.of(request));
        return HttpResponse.ok(xlsx).contentType(MediaType.of(GradebookXlsx.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("gradebook-" + courseId + ".xlsx"));
    }

    @Operation(summary = "Pre-test and post-test results of a course.")
    @Get("/prepost")
    PrePostReport prePost(UUID courseId, @Nullable @QueryValue UUID cohort, Caller caller) {
        return prePost.prePost(courseId, cohort, caller);
    }

    @Operation(summary = "Answers of a course that wait for manual grading.")
    @Get("/grading-queue")
    List<EssayToGrade> gradingQueue(UUID courseId, Caller caller) {
        return queue.waiting(courseId, caller);
    }
}
