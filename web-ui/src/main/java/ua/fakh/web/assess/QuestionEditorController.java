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
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.NewQuestion;
import ua.fakh.courses.assessment.QuestionBank;
import ua.fakh.courses.assessment.QuestionInUseException;
import ua.fakh.courses.assessment.QuestionView;
import ua.fakh.courses.assessment.QuestionTypes;
import ua.fakh.courses.spi.QuestionForm;
import ua.fakh.courses.spi.QuestionRejectedException;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * The question editor of a course's bank: a new question of a chosen type, editing (each save is a new
 * version; attempts keep the version they took), deleting a question nothing uses, and a preview as
 * learners see it ({@link QuestionPreviews}). The type renders and reads its own part of the form.
 */
@Hidden
@Controller("/teach/courses/{id}/questions")
@Produces(MediaType.TEXT_HTML)
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class QuestionEditorController {
    private final TaughtCourses courses;
    private final QuestionBank bank;
    private final QuestionTypes types;
    private final QuestionDrafts drafts;
    private final QuestionPreviews previews;

    QuestionEditorController(TaughtCourses courses, QuestionBank bank, QuestionTypes types, QuestionDrafts drafts,
                             QuestionPreviews previews) {
        this.courses = courses;
        this.bank = bank;
        this.types = types;
        this.drafts = drafts;
        this.previews = previews;
    }

    @Get("/new")
    HttpResponse<?> newQuestion(UUID id, @QueryValue String type, PageContext ctx, Caller caller) {
        TaughtCourse course = courses.open(id, caller, ctx);
        requireType(type);
        NewQuestion empty = new NewQuestion(type, null, "", null, Map.of(), null);
        return HttpResponse.ok(page(course, null, 0, empty, "{}", Map.of(), null, ctx, caller));
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(UUID id, @Body Map<String, Object> body, PageContext ctx, Caller caller) {
        TaughtCourse course = courses.open(id, caller, ctx);
        String type = QuestionDrafts.field(body, "type");
        requireType(type);
        QuestionDrafts.Draft draft = drafts.read(type, body, ctx);
        if (draft.errors().isEmpty()) {
            try {
                QuestionView saved = bank.create(id, draft.question(), caller);
                return back(id, "created", saved.id());
            } catch (QuestionRejectedException | jakarta.validation.ConstraintViolationException refused) {
                return refused(course, null, 0, draft, FormErrors.of(refused, ctx, "assessment.editor.invalid."), ctx, caller);
            }
        }
        return refused(course, null, 0, draft, draft.errors(), ctx, caller);
    }

    @Get("/{questionId}")
    HttpResponse<?> edit(UUID id, UUID questionId, @Nullable @QueryValue String notice, PageContext ctx, Caller caller) {
        TaughtCourse course = courses.open(id, caller, ctx);
        QuestionView q = question(id, questionId, caller);
        NewQuestion saved = new NewQuestion(q.type(), q.title(), q.text(), q.category(), q.definition(), q.generalFeedback());
        return HttpResponse.ok(page(course, questionId, q.version(), saved, drafts.write(q.definition()), Map.of(),
                notice == null ? null : ctx.t("assessment.editor.notice." + notice), ctx, caller));
    }

    /** Saves a new version: attempts already taken keep showing the version they answered. */
    @Post("/{questionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(UUID id, UUID questionId, @Body Map<String, Object> body, PageContext ctx, Caller caller) {
        TaughtCourse course = courses.open(id, caller, ctx);
        QuestionView current = question(id, questionId, caller);
        QuestionDrafts.Draft draft = drafts.read(current.type(), body, ctx);
        if (draft.errors().isEmpty()) {
            try {
                bank.update(questionId, draft.question(), caller);
                return back(id, "saved", questionId);
            } catch (QuestionRejectedException | jakarta.validation.ConstraintViolationException refused) {
                return refused(course, questionId, current.version(), draft,
                        FormErrors.of(refused, ctx, "assessment.editor.invalid."), ctx, caller);
            }
        }
        return refused(course, questionId, current.version(), draft, draft.errors(), ctx, caller);
    }

    /** Deletes a question nothing uses; otherwise the editor again, saying what uses it (409). */
    @Post("/{questionId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(UUID id, UUID questionId, PageContext ctx, Caller caller) {
        TaughtCourse course = courses.open(id, caller, ctx);
        QuestionView q = question(id, questionId, caller);
        try {
            bank.delete(questionId, caller);
            return HttpResponse.seeOther(URI.create(course.base() + "/questions?notice=deleted"));
        } catch (QuestionInUseException inUse) {
            String message = ctx.t("assessment.editor.inUse." + inUse.reason().name(), inUse.lessonTitle());
            NewQuestion saved = new NewQuestion(q.type(), q.title(), q.text(), q.category(), q.definition(), q.generalFeedback());
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(course, questionId, q.version(), saved,
                    drafts.write(q.definition()), Map.of("delete", message), null, ctx, caller));
        }
    }

    @Get("/{questionId}/preview")
    HttpResponse<?> preview(UUID id, UUID questionId, PageContext ctx, Caller caller) {
        TaughtCourse course = courses.open(id, caller, ctx);
        return HttpResponse.ok(Views.view("assess/question_preview", ctx,
                previews.preview(course, question(id, questionId, caller), ctx)));
    }

    /** "Check": the type grades and reviews the answer given, exactly as after an attempt, and nothing is recorded. */
    @Post("/{questionId}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> check(UUID id, UUID questionId, @Body Map<String, Object> body, PageContext ctx, Caller caller) {
        TaughtCourse course = courses.open(id, caller, ctx);
        return HttpResponse.ok(Views.view("assess/question_preview", ctx,
                previews.check(course, question(id, questionId, caller), body, ctx)));
    }

    private Object page(TaughtCourse course, @Nullable UUID questionId, int version, NewQuestion question, String definitionJson,
                        Map<String, String> errors, @Nullable String notice, PageContext ctx, Caller caller) {
        String typeForm = types.type(question.type())
                .renderForm(new QuestionForm(question.definition(), errors, ctx.locale())).map(Object::toString).orElse(null);
        var categories = bank.list(course.id(), null, caller).stream().map(QuestionView::category).distinct().sorted().toList();
        return Views.view("assess/question_edit", ctx, new QuestionEditorModel(course, questionId, version, question.type(),
                types.name(question.type(), ctx.locale()), question, typeForm, definitionJson, categories, errors, notice));
    }

    private HttpResponse<?> refused(TaughtCourse course, @Nullable UUID questionId, int version, QuestionDrafts.Draft draft,
                                    Map<String, String> errors, PageContext ctx, Caller caller) {
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(course, questionId, version, draft.question(),
                draft.definitionJson(), errors, null, ctx, caller));
    }

    private QuestionView question(UUID courseId, UUID questionId, Caller caller) {
        QuestionView q = bank.get(questionId, caller);
        if (!q.courseId().equals(courseId)) {
            throw new NotFoundException("problem.question.notInCourse");
        }
        return q;
    }

    private void requireType(String type) {
        try {
            types.type(type);
        } catch (RuntimeException unknown) {
            throw new NotFoundException("problem.question.unknownType");
        }
    }

    private static HttpResponse<?> back(UUID courseId, String notice, UUID questionId) {
        return HttpResponse.seeOther(URI.create("/teach/courses/" + courseId + "/questions/" + questionId + "?notice=" + notice));
    }
}
