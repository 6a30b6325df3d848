package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.web.page.FormIds;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.assessment.Attempts;
import ua.fakh.courses.assessment.GradingQueue;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.UUID;

/** {@code /teach/courses/{id}/grading}: essays waiting for a grade; grading one updates its attempt's result. */
@Hidden
@Controller("/teach/courses/{id}/grading")
@Produces(MediaType.TEXT_HTML)
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class GradingPageController {
    private final TaughtCourses courses;
    private final GradingQueue queue;
    private final Attempts attempts;

    GradingPageController(TaughtCourses courses, GradingQueue queue, Attempts attempts) {
        this.courses = courses;
        this.queue = queue;
        this.attempts = attempts;
    }

    @Get
    HttpResponse<?> list(UUID id, @Nullable @QueryValue String graded, PageContext ctx, Caller caller) {
        UUID attemptId = FormIds.optional(graded, "graded");
        AttemptView attempt = attemptId == null ? null : attempts.get(attemptId, caller, ctx.locale());
        return HttpResponse.ok(page(id, ctx, caller, attempt, null, null));
    }

    /**
     * Grading the same answer twice keeps the last grade: a double click gives one result. The
     * attempt's own course decides who may grade it (the service checks), whatever the address says.
     */
    @Post("/{attemptId}/{questionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> grade(UUID id, UUID attemptId, UUID questionId, @Body GradeForm form, PageContext ctx, Caller caller) {
        String failed = attemptId + "-" + questionId;
        try {
            double score = score(form.score());
            String feedback = form.feedback() == null || form.feedback().isBlank() ? null : form.feedback().strip();
            attempts.gradeAnswer(attemptId, questionId, score, feedback, caller);
            return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/grading?graded=" + attemptId));
        } catch (ValidationException invalid) {
            String message = FormErrors.of(invalid, ctx).values().stream().findFirst().orElse(invalid.getMessage());
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(id, ctx, caller, null, failed, message));
        } catch (ConflictException conflict) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(id, ctx, caller, null, failed, ctx.t("assessment.grading.conflict")));
        }
    }

    private static double score(@Nullable String value) {
        try {
            return Double.parseDouble(value == null ? "" : value.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw ValidationException.of("score", "problem.field.notNumber");
        }
    }

    private Object page(UUID id, PageContext ctx, Caller caller, @Nullable AttemptView graded, @Nullable String failedKey,
                        @Nullable String error) {
        TaughtCourse course = courses.open(id, caller, ctx);
        return Views.view("assess/grading", ctx, new GradingModel(course, queue.waiting(id, caller), graded, failedKey, error));
    }

    @Serdeable
    record GradeForm(@Nullable String score, @Nullable String feedback) {
    }
}
