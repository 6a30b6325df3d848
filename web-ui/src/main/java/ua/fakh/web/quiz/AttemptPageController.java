package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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
import ua.fakh.courses.assessment.AnswerOrigin;
import ua.fakh.courses.assessment.AnswerSaved;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.assessment.Attempts;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.Lessons;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.QuestionRejectedException;
import ua.fakh.courses.spi.UnreadableAnswerException;
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
    /** The header (and the submit form's field) that carries an offline window's token with each answer. */
    static final String OFFLINE_WINDOW = "X-Offline-Window";
    static final String WINDOW_FIELD = "offlineWindow";

    private final Attempts attempts;
    private final CourseCatalog catalog;
    private final Lessons lessons;
    private final QuizQuestions questions;
    private final Clock clock;

    AttemptPageController(Attempts attempts, CourseCatalog catalog, Lessons lessons, QuizQuestions questions, Clock clock) {
        this.attempts = attempts;
        this.catalog = catalog;
        this.lessons = lessons;
        this.questions = questions;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> attempt(UUID id, PageContext ctx, Caller caller) {
        AttemptView attempt = attempts.get(id, caller, ctx.locale()); // also submits it when its time is over
        if (attempt.status() != AttemptStatus.IN_PROGRESS) {
            return HttpResponse.seeOther(URI.create("/quiz/attempts/" + id + "/result"));
        }
        LessonView lesson = lessons.read(attempt.lessonId(), caller, ctx.locale());
        return HttpResponse.ok(Views.view("quiz/attempt", ctx, page(lesson, attempt, ctx, caller, Map.of(), Map.of())));
    }

    /**
     * 204; an older or equal {@code seq} changes nothing; 200 {@code {"late": true}} when it arrived after the
     * time was up but was saved before ({@code savedAt}); 409 (problem+json) once it cannot count; 422 when the
     * question's type cannot read the fields or an offline attempt's answer lacks its window's token
     * ({@code X-Offline-Window}).
     */
    @Put("/answers/{questionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<?> answer(UUID id, UUID questionId, @Body AnswerBody body, @Nullable @Header(OFFLINE_WINDOW) String window,
                           PageContext ctx, Caller caller) {
        if (body.seq() == null) {
            throw ValidationException.of("seq", "problem.field.seqRequired");
        }
        AnswerOrigin origin = AnswerOrigin.of(body.savedAt(), window);
        AnswerSaved saved;
        if (body.fields() != null) {
            saved = attempts.saveFormAnswer(id, questionId, FormFields.of(body.fields()), body.seq(), origin, caller, ctx.locale());
            if (saved == AnswerSaved.NOTHING_SAID) {
                // The question's inputs say nothing (no choice ticked, a template left as it was): no answer.
                saved = attempts.saveAnswer(id, questionId, Map.of(), body.seq(), origin, caller);
            }
        } else {
            saved = attempts.saveAnswer(id, questionId, body.response() == null ? Map.of() : body.response(), body.seq(), origin,
                    caller);
        }
        return saved.late() ? HttpResponse.ok(Map.of("late", true)) : HttpResponse.noContent();
    }

    /**
     * Saves what the form carries (the script adds each answer's sequence number, so a stale form
     * never overwrites a newer autosave; without the script the form is the newest word) and
     * submits. An answer a question's type cannot read (a number that is not one) brings the page
     * back with the rest saved. Submitting again shows the same result.
     */
    @Post("/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(UUID id, @Body Map<String, Object> body, PageContext ctx, Caller caller) {
        AttemptView attempt = attempts.get(id, caller, ctx.locale());
        URI result = URI.create("/quiz/attempts/" + id + "/result");
        if (attempt.status() != AttemptStatus.IN_PROGRESS) {
            return HttpResponse.seeOther(result);
        }
        FormFields form = FormFields.of(body);
        AnswerOrigin origin = AnswerOrigin.of(null, form.first(WINDOW_FIELD)); // an offline attempt's form carries its token
        long newest = attempt.answers().stream().mapToLong(AttemptView.Answer::seq).max().orElse(0) + 1;
        Map<String, String> errors = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        boolean late = false;
        for (Map<String, Object> question : attempt.questions()) {
            String questionId = String.valueOf(question.get("id"));
            String field = QuizQuestions.field(questionId);
            try {
                if (!late) {
                    Long seq = seq(form.first("seq." + questionId));
                    attempts.saveFormAnswer(id, UUID.fromString(questionId), form, seq == null ? newest : seq, origin, caller,
                            ctx.locale());
                }
            } catch (UnreadableAnswerException unreadable) {
                errors.put(questionId, unreadable.getMessage());
                typed.put(questionId, form.first(field));
            } catch (QuestionRejectedException | ValidationException wrong) {
                errors.put(questionId, ctx.t("quiz.error.answer"));
                typed.put(questionId, form.first(field));
            } catch (ConflictException timeUp) {
                late = true; // the server closed the attempt at its deadline with what it had
            }
        }
        if (!errors.isEmpty() && !late) {
            AttemptView saved = attempts.get(id, caller, ctx.locale());
            LessonView lesson = lessons.read(attempt.lessonId(), caller, ctx.locale());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(Views.view("quiz/attempt", ctx, page(lesson, saved, ctx, caller, typed, errors)));
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
        return HttpResponse.ok(Views.view("quiz/result", ctx, new ResultModel(catalog.get(lesson.courseId(), caller), lesson,
                attempt, questions.of(attempt, ctx.locale(), Map.of(), Map.of()), questions.reviews(attempt, ctx.locale()),
                "late".equals(notice) ? "quiz.result.late" : null)));
    }

    private AttemptModel page(LessonView lesson, AttemptView attempt, PageContext ctx, Caller caller,
                              Map<String, String> typed, Map<String, String> errors) {
        return new AttemptModel(catalog.get(lesson.courseId(), caller), lesson, attempt,
                questions.of(attempt, ctx.locale(), typed, errors), questions.scripts(attempt), clock.instant(),
                errors.isEmpty() ? null : "quiz.attempt.fixErrors");
    }

    /** The script's sequence number for a question, if it sent one. */
    @Nullable
    private static Long seq(@Nullable String raw) {
        try {
            return raw == null ? null : Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
