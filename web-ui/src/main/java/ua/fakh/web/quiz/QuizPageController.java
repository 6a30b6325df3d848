package ua.fakh.web.quiz;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.AttemptSummary;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.assessment.Attempts;
import ua.fakh.courses.assessment.OfflineWindow;
import ua.fakh.courses.assessment.QuizHistory;
import ua.fakh.courses.assessment.QuizRecord;
import ua.fakh.courses.assessment.QuizRefusal;
import ua.fakh.courses.assessment.QuizRefusedException;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.assessment.Quizzes;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.Lessons;
import ua.fakh.courses.content.LessonView;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code /quiz/{lessonId}}: a quiz's front page for an enrolled learner (what it asks, the attempts
 * so far and their results) and the one button that starts an attempt or continues the open one.
 */
@Hidden
@Controller("/quiz/{lessonId}")
@Produces(MediaType.TEXT_HTML)
@Secured("LEARNER")
@ExecuteOn(TaskExecutors.BLOCKING)
class QuizPageController {
    private final CourseCatalog catalog;
    private final Lessons lessons;
    private final Attempts attempts;
    private final QuizHistory history;
    private final Quizzes quizzes;

    QuizPageController(CourseCatalog catalog, Lessons lessons, Attempts attempts, QuizHistory history, Quizzes quizzes) {
        this.catalog = catalog;
        this.lessons = lessons;
        this.attempts = attempts;
        this.history = history;
        this.quizzes = quizzes;
    }

    @Get
    HttpResponse<?> intro(UUID lessonId, PageContext ctx, Caller caller) {
        return HttpResponse.ok(Views.view("quiz/intro", ctx, model(lessonId, ctx, caller)));
    }

    /**
     * Starting is idempotent: the open attempt is continued, never a second one opened. A double
     * click whose second request loses the race to create the attempt still lands on it. A refused
     * start comes back to the front page, which says why in the same words it shows anyway.
     */
    @Post("/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(UUID lessonId, PageContext ctx, Caller caller) {
        try {
            AttemptView attempt = attempts.start(lessonId, caller, ctx.locale());
            return HttpResponse.seeOther(URI.create("/quiz/attempts/" + attempt.id()));
        } catch (ConflictException refused) {
            Optional<AttemptSummary> open = history.of(lessonId, caller).open();
            if (open.isPresent()) {
                return HttpResponse.seeOther(URI.create("/quiz/attempts/" + open.get().id()));
            }
            if (!(refused instanceof QuizRefusedException)) {
                throw refused; // a start at the same moment whose attempt is gone again: the error page says to reload
            }
            return HttpResponse.status(HttpStatus.CONFLICT).body(Views.view("quiz/intro", ctx, model(lessonId, ctx, caller)));
        }
    }

    /**
     * The page's script fetches an offline window (JSON, with the {@code X-CSRF-Token} header): the attempt to
     * take offline, as {@code POST /api/lessons/{lessonId}/offline-window} gives it; a second call gives the
     * same window. Refusals are problem+json (409 {@code problem.quiz.notOffline}, the usual quiz refusals).
     */
    @Post("/offline-window")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    OfflineWindow offlineWindow(UUID lessonId, PageContext ctx, Caller caller) {
        return attempts.offlineWindow(lessonId, caller, ctx.locale());
    }

    private QuizIntroModel model(UUID lessonId, PageContext ctx, Caller caller) {
        LessonView lesson = lessons.read(lessonId, caller, ctx.locale()); // 403 unless enrolled
        QuizSettings settings = quizzes.settings(lesson).orElseThrow(() -> new NotFoundException("problem.quiz.notAQuiz"));
        QuizRecord record = history.of(lessonId, caller);
        QuizRefusal refusal = record.open().isPresent() ? null : attempts.refusal(lessonId, caller, ctx.locale()).orElse(null);
        return new QuizIntroModel(catalog.get(lesson.courseId(), caller), lesson, settings, record, refusal);
    }
}
