package ua.fakh.courses.content.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import ua.fakh.core.common.PageView;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CatalogueQuery;
import ua.fakh.courses.content.CourseAuthoring;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.CourseOutlineAuthoring;
import ua.fakh.courses.content.CourseSummary;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LearnerAccess;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.content.Lessons;
import ua.fakh.courses.content.Move;
import ua.fakh.courses.content.NewCourse;
import ua.fakh.courses.content.NewLesson;
import ua.fakh.courses.content.NewSection;
import ua.fakh.courses.content.SectionOutline;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** Courses, sections and lessons. Who may edit which course is decided in the service, not here. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CourseController {
    private final CourseAuthoring authoring;
    private final CourseCatalog catalog;
    private final CourseOutlineAuthoring outline;
    private final Lessons lessons;
    private final LocaleChoice locales;
    private final jakarta.inject.Provider<LearnerAccess> learners;

    CourseController(CourseAuthoring authoring, CourseCatalog catalog, CourseOutlineAuthoring outline, Lessons lessons,
                     LocaleChoice locales, jakarta.inject.Provider<LearnerAccess> learners) {
        this.authoring = authoring;
        this.catalog = catalog;
        this.outline = outline;
        this.lessons = lessons;
        this.locales = locales;
        this.learners = learners;
    }

    @Get("/api/courses")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    PageView<CourseSummary> catalogue(@Nullable @QueryValue String q, @Nullable @QueryValue UUID providerId,
                                      @Nullable @QueryValue String language, @Nullable @QueryValue String tag,
                                      @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                      HttpRequest<?> request) {
        return catalog.catalogue(new CatalogueQuery(q, providerId, language, tag, locales.of(request).getLanguage()), page, size);
    }

    @Get("/api/me/courses")
    @Secured({"TRAINER", "ADMIN"})
    PageView<CourseSummary> taught(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size, Caller caller) {
        return authoring.taught(caller, page, size);
    }

    @Post("/api/courses")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<CourseView> create(@Body NewCourse body, Caller caller) {
        CourseView created = authoring.create(body, caller);
        return HttpResponse.created(created, URI.create("/api/courses/" + created.id()));
    }

    @Get("/api/courses/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    CourseView get(UUID id, Caller caller) {
        return catalog.get(id, caller);
    }

    /** What learners see now, also for the course's trainers (preview of the published version). */
    @Get("/api/courses/{id}/published")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    CourseView published(UUID id, Caller caller) {
        return catalog.published(id, caller);
    }

    @Put("/api/courses/{id}")
    @Secured({"TRAINER", "ADMIN"})
    CourseView update(UUID id, @Body NewCourse body, Caller caller) {
        return authoring.update(id, body, caller);
    }

    @Post("/api/courses/{id}/publish")
    @Secured({"TRAINER", "ADMIN"})
    CourseView publish(UUID id, Caller caller) {
        return authoring.publish(id, caller);
    }

    @Post("/api/courses/{id}/archive")
    @Secured({"TRAINER", "ADMIN"})
    CourseView archive(UUID id, Caller caller) {
        return authoring.archive(id, caller);
    }

    /** A new draft copied from this course (201 with the copy); people and their results are not copied. */
    @Post("/api/courses/{id}/duplicate")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<CourseView> duplicate(UUID id, Caller caller) {
        CourseView copy = authoring.duplicate(id, caller);
        return HttpResponse.created(copy, URI.create("/api/courses/" + copy.id()));
    }

    @Post("/api/courses/{id}/sections")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<SectionOutline> addSection(UUID id, @Body @Valid NewSection body, Caller caller) {
        return HttpResponse.created(outline.addSection(id, body, caller));
    }

    @Put("/api/sections/{id}")
    @Secured({"TRAINER", "ADMIN"})
    SectionOutline updateSection(UUID id, @Body @Valid NewSection body, Caller caller) {
        return outline.updateSection(id, body, caller);
    }

    @Post("/api/sections/{id}/move")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<Void> moveSection(UUID id, @Body @Valid Move body, Caller caller) {
        outline.moveSection(id, body, caller);
        return HttpResponse.noContent();
    }

    @Delete("/api/sections/{id}")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<Void> deleteSection(UUID id, Caller caller) {
        outline.deleteSection(id, caller);
        return HttpResponse.noContent();
    }

    @Post("/api/sections/{id}/lessons")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<LessonView> addLesson(UUID id, @Body @Valid NewLesson body, Caller caller, HttpRequest<?> request) {
        LessonView lesson = outline.addLesson(id, body, caller, locales.of(request));
        return HttpResponse.created(lesson, URI.create("/api/lessons/" + lesson.id()));
    }

    @Get("/api/lessons/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    LessonView lesson(UUID id, @Nullable Caller caller, HttpRequest<?> request) {
        LessonView lesson = lessons.read(id, caller, locales.of(request));
        if (caller != null) {
            learners.get().lessonOpened(lesson.courseId(), caller.userId(), lesson.id());
        }
        return lesson;
    }

    @Put("/api/lessons/{id}")
    @Secured({"TRAINER", "ADMIN"})
    LessonView updateLesson(UUID id, @Body @Valid NewLesson body, Caller caller, HttpRequest<?> request) {
        return outline.updateLesson(id, body, caller, locales.of(request));
    }

    @Post("/api/lessons/{id}/move")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<Void> moveLesson(UUID id, @Body @Valid Move body, Caller caller) {
        outline.moveLesson(id, body, caller);
        return HttpResponse.noContent();
    }

    @Delete("/api/lessons/{id}")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<Void> deleteLesson(UUID id, Caller caller) {
        outline.deleteLesson(id, caller);
        return HttpResponse.noContent();
    }

    /** Renders lesson content without saving it: the editor's preview. */
    @Post("/api/courses/{id}/preview")
    @Secured({"TRAINER", "ADMIN"})
    Map<String, String> preview(UUID id, @Body @Valid NewLesson body, Caller caller, HttpRequest<?> request) {
        return Map.of("html", outline.preview(body.type(), body.content(), id, caller, locales.of(request)));
    }
}
