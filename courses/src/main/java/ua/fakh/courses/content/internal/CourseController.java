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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import ua.fakh.core.common.PageView;
import ua.fakh.core.errors.ApiProblems;
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
@ApiProblems.SignedIn
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

    @Operation(summary = "The published course catalogue, searched and paged.")
    @Get("/api/courses")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    PageView<CourseSummary> catalogue(@Nullable @QueryValue String q, @Nullable @QueryValue UUID providerId,
                                      @Nullable @QueryValue String language, @Nullable @QueryValue String tag,
                                      @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                      HttpRequest<?> request) {
        return catalog.catalogue(new CatalogueQuery(q, providerId, language, tag, locales.of(request).getLanguage()), page, size);
    }

    @Operation(summary = "Courses the caller teaches.")
    @Get("/api/me/courses")
    @Secured({"TRAINER", "ADMIN"})
    PageView<CourseSummary> taught(@Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size, Caller caller) {
        return authoring.taught(caller, page, size);
    }

    @Operation(summary = "Creates a draft course.")
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post("/api/courses")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<CourseView> create(@Body NewCourse body, Caller caller) {
        CourseView created = authoring.create(body, caller);
        return HttpResponse.created(created, URI.create("/api/courses/" + created.id()));
    }

    @Operation(summary = "One course with its sections and lessons.")
    @Get("/api/courses/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    CourseView get(UUID id, Caller caller) {
        return catalog.get(id, caller);
    }

    /** What learners see now, also for the course's trainers (preview of the published version). */
    @Operation(summary = "The published version of a course, as learners see it.")
    @Get("/api/courses/{id}/published")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    CourseView published(UUID id, Caller caller) {
        return catalog.published(id, caller);
    }

    @Operation(summary = "Changes a draft course.")
    @Put("/api/courses/{id}")
    @Secured({"TRAINER", "ADMIN"})
    CourseView update(UUID id, @Body NewCourse body, Caller caller) {
        return authoring.update(id, body, caller);
    }

    @Operation(summary = "Publishes the current draft as a new version.")
    @Post("/api/courses/{id}/publish")
    @Secured({"TRAINER", "ADMIN"})
    CourseView publish(UUID id, Caller caller) {
        return authoring.publish(id, caller);
    }

    @Operation(summary = "Archives a course.")
    @Post("/api/courses/{id}/archive")
    @Secured({"TRAINER", "ADMIN"})
    CourseView archive(UUID id, Caller caller) {
        return authoring.archive(id, caller);
    }

    /** A new draft copied from this course (201 with the copy); people and their results are not copied. */
    @Operation(summary = "Creates a new draft course copied from this one.")
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post("/api/courses/{id}/duplicate")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<CourseView> duplicate(UUID id, Caller caller) {
        CourseView copy = authoring.duplicate(id, caller);
        return HttpResponse.created(copy, URI.create("/api/courses/" + copy.id()));
    }

    @Operation(summary = "Adds a section to a course.")
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post("/api/courses/{id}/sections")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<SectionOutline> addSection(UUID id, @Body @Valid NewSection body, Caller caller) {
        return HttpResponse.created(outline.addSection(id, body, caller));
    }

    @Operation(summary = "Changes a section.")
    @Put("/api/sections/{id}")
    @Secured({"TRAINER", "ADMIN"})
    SectionOutline updateSection(UUID id, @Body @Valid NewSection body, Caller caller) {
        return outline.updateSection(id, body, caller);
    }

    @Operation(summary = "Moves a section within its course.")
    @ApiResponse(responseCode = "204", description = "Done.")
    @Post("/api/sections/{id}/move")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<Void> moveSection(UUID id, @Body @Valid Move body, Caller caller) {
        outline.moveSection(id, body, caller);
        return HttpResponse.noContent();
    }

    @Operation(summary = "Deletes a section.")
    @ApiResponse(responseCode = "204", description = "Done.")
    @Delete("/api/sections/{id}")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<Void> deleteSection(UUID id, Caller caller) {
        outline.deleteSection(id, caller);
        return HttpResponse.noContent();
    }

    @Operation(summary = "Adds a lesson to a section.")
    @ApiProblems.Unprocessable
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post("/api/sections/{id}/lessons")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<LessonView> addLesson(UUID id, @Body @Valid NewLesson body, Caller caller, HttpRequest<?> request) {
        LessonView lesson = outline.addLesson(id, body, caller, locales.of(request));
        return HttpResponse.created(lesson, URI.create("/api/lessons/" + lesson.id()));
    }

    @Operation(summary = "One lesson with its rendered content.")
    @Get("/api/lessons/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    LessonView lesson(UUID id, @Nullable Caller caller, HttpRequest<?> request) {
        LessonView lesson = lessons.read(id, caller, locales.of(request));
        if (caller != null) {
            learners.get().lessonOpened(lesson.courseId(), caller.userId(), lesson.id());
        }
        return lesson;
    }

    @Operation(summary = "Changes a lesson.")
    @ApiProblems.Unprocessable
    @Put("/api/lessons/{id}")
    @Secured({"TRAINER", "ADMIN"})
    LessonView updateLesson(UUID id, @Body @Valid NewLesson body, Caller caller, HttpRequest<?> request) {
        return outline.updateLesson(id, body, caller, locales.of(request));
    }

    @Operation(summary = "Moves a lesson within its course.")
    @ApiResponse(responseCode = "204", description = "Done.")
    @Post("/api/lessons/{id}/move")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<Void> moveLesson(UUID id, @Body @Valid Move body, Caller caller) {
        outline.moveLesson(id, body, caller);
        return HttpResponse.noContent();
    }

    @Operation(summary = "Deletes a lesson.")
    @ApiResponse(responseCode = "204", description = "Done.")
    @Delete("/api/lessons/{id}")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<Void> deleteLesson(UUID id, Caller caller) {
        outline.deleteLesson(id, caller);
        return HttpResponse.noContent();
    }

    /** Renders lesson content without saving it: the editor's preview. */
    @Operation(summary = "Renders lesson content without saving it.")
    @Post("/api/courses/{id}/preview")
    @Secured({"TRAINER", "ADMIN"})
    Map<String, String> preview(UUID id, @Body @Valid NewLesson body, Caller caller, HttpRequest<?> request) {
        return Map.of("html", outline.preview(body.type(), body.content(), id, caller, locales.of(request)));
    }
}
