package ua.fakh.web.teach;

import ua.fakh.web.page.FormErrors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.CourseOutlineAuthoring;
import ua.fakh.courses.content.Lessons;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.content.Move;
import ua.fakh.courses.content.SectionOutline;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.util.Map;
import java.util.UUID;

/**
 * Lessons in the course editor: a new lesson of a chosen type, editing, deleting, and a preview of
 * the content as learners will see it (sanitised by the type's plugin) — a fragment for htmx, the
 * whole page without JavaScript.
 */
@Hidden
@Controller("/teach/courses/{id}/lessons")
@Produces(MediaType.TEXT_HTML)
@Secured({"TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class LessonPagesController {
    private final CourseOutlineAuthoring outline;
    private final Lessons lessons;
    private final TeachAccess access;
    private final LessonPages pages;

    LessonPagesController(CourseOutlineAuthoring outline, Lessons lessons, TeachAccess access, LessonPages pages) {
        this.outline = outline;
        this.lessons = lessons;
        this.access = access;
        this.pages = pages;
    }

    /** The form of a new lesson of {@code type} in {@code section} (the editor's "add" buttons link here). */
    @Get("/new")
    HttpResponse<?> newLesson(UUID id, @QueryValue UUID section, @QueryValue String type, @Nullable @QueryValue UUID material,
                              PageContext ctx, Caller caller, HttpRequest<?> request) {
        CourseView course = access.editable(id, caller);
        requireSection(course, section);
        if (!outline.contentTypes().contains(type)) {
            throw new NotFoundException("problem.lesson.unknownType");
        }
        Map<String, Object> content = material == null ? Map.of() : Map.of("materialId", material.toString());
        return HttpResponse.ok(pages.page(course, section, null, type, "", "", true, content, Map.of(), null, ctx, caller, request));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(UUID id, @Body Map<String, Object> form, PageContext ctx, Caller caller, HttpRequest<?> request) {
        CourseView course = access.editable(id, caller);
        LessonPages.Submitted lesson = pages.submitted(form);
        requireSection(course, lesson.sectionId());
        try {
            LessonView saved = outline.addLesson(lesson.sectionId(), lesson.toNewLesson(), caller, ctx.locale());
            return SectionPagesController.back(id, "lessonSaved", "lesson-" + saved.id());
        } catch (RuntimeException e) {
            return refused(course, null, lesson, e, ctx, caller, request);
        }
    }

    @Get("/{lessonId}")
    HttpResponse<?> edit(UUID id, UUID lessonId, PageContext ctx, Caller caller, HttpRequest<?> request) {
        CourseView course = access.editable(id, caller);
        LessonView lesson = lesson(id, lessonId, caller, ctx);
        return HttpResponse.ok(pages.page(course, lesson.sectionId(), lessonId, lesson.type(), lesson.title(),
                lesson.titleEn() == null ? "" : lesson.titleEn(), lesson.required(), lesson.content(), Map.of(), null,
                ctx, caller, request));
    }

    @Post("/{lessonId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(UUID id, UUID lessonId, @Body Map<String, Object> form, PageContext ctx, Caller caller,
                           HttpRequest<?> request) {
        CourseView course = access.editable(id, caller);
        LessonView saved = lesson(id, lessonId, caller, ctx);
        LessonPages.Submitted lesson = pages.submitted(form).in(saved.sectionId(), saved.type());
        try {
            outline.updateLesson(lessonId, lesson.toNewLesson(), caller, ctx.locale());
            return SectionPagesController.back(id, "lessonSaved", "lesson-" + lessonId);
        } catch (RuntimeException e) {
            return refused(course, lessonId, lesson, e, ctx, caller, request);
        }
    }

    @Post("/{lessonId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(UUID id, UUID lessonId, PageContext ctx, Caller caller) {
        access.editable(id, caller);
        lesson(id, lessonId, caller, ctx);
        outline.deleteLesson(lessonId, caller);
        return SectionPagesController.back(id, "lessonDeleted", "sections");
    }

    /**
     * One step up or down the outline ({@code direction=up|down}), or to a place: {@code sectionId}
     * (a section of this course; the lesson's own when absent) and {@code position} (its end when absent).
     */
    @Post("/{lessonId}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> move(UUID id, UUID lessonId, @Body MoveForm form, Caller caller) {
        CourseView course = access.editable(id, caller);
        Move move = form.toPlace() ? LessonMoves.to(course.sections(), lessonId, form.section(), form.placeOrEnd())
                : LessonMoves.step(course.sections(), lessonId, form.up());
        if (move != null) {
            outline.moveLesson(lessonId, move, caller);
        }
        return SectionPagesController.back(id, "moved", "lesson-" + lessonId);
    }

    /**
     * The content rendered as learners will see it, without saving. With htmx ({@code HX-Request})
     * only the preview fragment; otherwise the lesson page again with the preview under the form.
     */
    @Post("/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> preview(UUID id, @Body Map<String, Object> form, @Nullable @Header("HX-Request") String htmx,
                            PageContext ctx, Caller caller, HttpRequest<?> request) {
        CourseView course = access.editable(id, caller);
        LessonPages.Submitted lesson = pages.submitted(form);
        requireSection(course, lesson.sectionId());
        LessonPreview preview = pages.preview(course.id(), lesson, ctx, caller);
        if (htmx != null) {
            return HttpResponse.ok(Views.view("teach/preview", ctx, preview));
        }
        return HttpResponse.ok(pages.page(course, lesson.sectionId(), lesson.lessonId(), lesson.type(), lesson.title(),
                lesson.titleEn(), lesson.required(), lesson.content(), preview.errors(), preview.html(), ctx, caller, request));
    }

    private HttpResponse<?> refused(CourseView course, @Nullable UUID lessonId, LessonPages.Submitted lesson, RuntimeException e,
                                    PageContext ctx, Caller caller, HttpRequest<?> request) {
        if (!FormErrors.isFieldProblem(e)) {
            throw e;
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(pages.page(course, lesson.sectionId(), lessonId,
                lesson.type(), lesson.title(), lesson.titleEn(), lesson.required(), lesson.content(), FormErrors.of(e, ctx, "teach.invalid."),
                null, ctx, caller, request));
    }

    private LessonView lesson(UUID courseId, UUID lessonId, Caller caller, PageContext ctx) {
        LessonView lesson = lessons.read(lessonId, caller, ctx.locale());
        if (!lesson.courseId().equals(courseId)) {
            throw new NotFoundException("problem.lesson.notInCourse");
        }
        return lesson;
    }

    private static void requireSection(CourseView course, UUID sectionId) {
        if (course.sections().stream().map(SectionOutline::id).noneMatch(sectionId::equals)) {
            throw new NotFoundException("problem.section.notInCourse");
        }
    }
}
