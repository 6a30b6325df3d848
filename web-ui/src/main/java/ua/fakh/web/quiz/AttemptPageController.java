package ua.fakh.web.quiz;

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
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.assessment.Attempts;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.Lessons;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.spi.QuestionRejectedException;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /quiz/attempts/{id}}: the attempt page, its autosave (JSON from the page's script, with the
 * session cookie and the CSRF header), the submit form (works without the script too) and the result.
 * Only the attempt's owner gets anywhere: the attempt service checks it on every call.
 */
@Hidden
@Controller("/quiz/attempts/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured("LEARNER")
@ExecuteOn(TaskExecutors.BLOCKING)
class AttemptPageController {
    private final Attempts attempts;
    private final CourseCatalog catalog;
    private final Lessons lessons;
    private final Clock clock;

    AttemptPageController(Attempts attempts, CourseCatalog catalog, Lessons lessons, Clock clock) {
        this.attempts = attempts;
        this.catalog = catalog;
        this.lessons = lessons;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> attempt(UUID id, PageContext ctx, Caller caller) {
        AttemptView attempt = attempts.get(id, caller, ctx.locale()); // also submits it when its time is over
        if (attempt.status() != AttemptStatus.IN_PROGRESS) {
            return HttpResponse.seeOther(URI.create("/quiz/attempts/" + id + "/result"));
        }
        LessonView lesson = lessons.read(attempt.lessonId(), caller, ctx.locale());
        return HttpResponse.ok(Views.view("quiz/attempt", ctx,
                AttemptModel.of(catalog.get(lesson.courseId(), caller), lesson, attempt, clock.instant())));
    }

    /** 204; an older or equal {@code seq} changes nothing; 409 (problem+json) once submitted or past the deadline. */
    @Put("/answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<?> answer(UUID id, UUID questionId, @Body AnswerBody body, Caller caller) {
        if (body.seq() == null) {
            throw ValidationException.of("seq", "is required");
        }
        attempts.saveAnswer(id, questionId, body.response() == null ? Map.of() : body.response(), body.seq(), caller);
        return HttpResponse.noContent();
    }

    /**
     * Saves what the form carries (the script adds each answer's sequence number, so a stale form
     * never overwrites a newer autosave; without the script the form is the newest word) and
     * submits. A number that is not one brings the page back with the rest saved. Submitting again
     * shows the same result.
     */
    @Post("/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(UUID id, @Body Map<String, Object> form, PageContext ctx, Caller caller) {
        AttemptView attempt = attempts.get(id, caller, ctx.locale());
        URI result = URI.create("/quiz/attempts/" + id + "/result");
        if (attempt.status() != AttemptStatus.IN_PROGRESS) {
            return HttpResponse.seeOther(result);
        }
        LessonView lesson = lessons.read(attempt.lessonId(), caller, ctx.locale());
        AttemptModel page = AttemptModel.of(catalog.get(lesson.courseId(), caller), lesson, attempt, clock.instant());
        FormAnswers answers = new FormAnswers(form);
        long newest = attempt.answers().stream().mapToLong(AttemptView.Answer::seq).max().orElse(0) + 1;
        Map<String, String> errors = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        boolean late = false;
        for (QuizQuestion question : page.questions()) {
            try {
                Map<String, Object> response = answers.response(question);
                if (response != null && !late) {
                    Long seq = answers.seq(question);
                    attempts.saveAnswer(id, UUID.fromString(question.id()), response, seq == null ? newest : seq, caller);
                }
            } catch (FormAnswers.NotANumber | QuestionRejectedException | ValidationException wrong) {
                errors.put(question.id(), question.type().equals("qtype_numerical") ? "quiz.error.number" : "quiz.error.answer");
                typed.put(question.id(), answers.typed(question));
            } catch (ConflictException timeUp) {
                late = true; // the server closed the attempt at its deadline with what it had
            }
        }
        if (!errors.isEmpty() && !late) {
            AttemptView saved = attempts.get(id, caller, ctx.locale());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Views.view("quiz/attempt", ctx,
                    AttemptModel.of(page.course(), lesson, saved, clock.instant(), typed, errors)));
        }
        attempts.submit(id, caller);
        return HttpResponse.seeOther(late ? URI.create(result + "?notice=late") : result);
    }

    @Get("/result")
    HttpResponse<?> result(UUID id, PageContext ctx, Caller caller, @Nullable @QueryValue String notice) {
        AttemptView attempt = attempts.get(id, caller, ctx.locale());
        if (attempt.status() == AttemptStatus.IN_PROGRESS) {
            return HttpResponse.seeOther(URI.create("/quiz/attempts/" + id));
        }
        LessonView lesson = lessons.read(attempt.lessonId(), caller, ctx.locale());
        AttemptModel page = AttemptModel.of(catalog.get(lesson.courseId(), caller), lesson, attempt, clock.instant());
        return HttpResponse.ok(Views.view("quiz/result", ctx, new ResultModel(page.course(), lesson, attempt,
                page.questions(), "late".equals(notice) ? "quiz.result.late" : null)));
    }
}
