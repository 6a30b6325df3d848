package ua.fakh.web.teach;

import ua.fakh.core.common.ContentDisposition;
import ua.fakh.core.common.DeletingInputStream;
import ua.fakh.web.page.FormErrors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.FakhException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CoursePackages;
import ua.fakh.courses.content.CourseAuthoring;
import ua.fakh.courses.content.CourseView;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /teach/courses/{id}}: the course editor (description, sections, lessons, files) and the
 * course's lifecycle: publish, archive, export as a package.
 */
@Hidden
@Controller("/teach/courses/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured({"TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class CourseEditorController {
    /** The notices a redirect may ask the editor to show; anything else in {@code ?notice=} is ignored. */
    static final Set<String> NOTICES = Set.of("created", "imported", "saved", "published", "archived", "uploaded",
            "sectionSaved", "sectionDeleted", "lessonSaved", "lessonDeleted", "moved", "materialDeleted", "duplicated");

    private final CourseAuthoring courses;
    private final CoursePackages packages;
    private final CourseEditors editors;
    private final TeachAccess access;

    CourseEditorController(CourseAuthoring courses, CoursePackages packages, CourseEditors editors,
                           TeachAccess access) {
        this.courses = courses;
        this.packages = packages;
        this.editors = editors;
        this.access = access;
    }

    @Get
    HttpResponse<?> editor(UUID id, PageContext ctx, Caller caller, @Nullable @QueryValue String notice) {
        return HttpResponse.ok(Views.view("teach/editor", ctx, editors.model(id, caller, notice != null && NOTICES.contains(notice) ? notice : null)));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(UUID id, @Body CourseForm form, PageContext ctx, Caller caller) {
        access.editable(id, caller);
        try {
            courses.update(id, form.checked(courses), caller);
            return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "?notice=saved"));
        } catch (RuntimeException e) {
            return refused(id, form, e, ctx, caller);
        }
    }

    @Post("/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(UUID id, PageContext ctx, Caller caller) {
        try {
            courses.publish(id, caller);
            return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "?notice=published"));
        } catch (RuntimeException e) {
            return refused(id, null, e, ctx, caller);
        }
    }

    @Post("/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> archive(UUID id, PageContext ctx, Caller caller) {
        try {
            courses.archive(id, caller);
            return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "?notice=archived"));
        } catch (RuntimeException e) {
            return refused(id, null, e, ctx, caller);
        }
    }

    /** A new draft copied from this course; its editor opens. */
    @Post("/duplicate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> duplicate(UUID id, PageContext ctx, Caller caller) {
        try {
            CourseView copy = courses.duplicate(id, caller);
            return HttpResponse.seeOther(URI.create("/teach/courses/" + copy.id() + "?notice=duplicated"));
        } catch (RuntimeException e) {
            return refused(id, null, e, ctx, caller);
        }
    }

    /** The working copy as a course package (zip); the temporary file goes once it has been sent. */
    @Get("/export")
    @Produces("application/zip")
    HttpResponse<StreamedFile> export(UUID id, Caller caller) {
        Path zip = packages.export(id, caller);
        try {
            return HttpResponse.ok(new StreamedFile(new DeletingInputStream(zip), MediaType.of("application/zip"), 0, Files.size(zip)))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("course-" + id + ".zip"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A form the course door refused comes back with the reasons: field problems next to their
     * fields, a conflict (archiving a course never published) above the form. Forbidden and missing
     * stay error pages.
     */
    private HttpResponse<?> refused(UUID id, @Nullable CourseForm form, RuntimeException e, PageContext ctx, Caller caller) {
        Map<String, String> errors;
        HttpStatus status;
        if (FormErrors.isFieldProblem(e)) {
            errors = FormErrors.of(e, ctx, "teach.invalid.");
            status = e instanceof FakhException f ? f.status() : HttpStatus.BAD_REQUEST;
        } else if (e instanceof FakhException f && f.status() == HttpStatus.CONFLICT) {
            errors = Map.of("course", ctx.t("teach.refused.conflict", f.getMessage()));
            status = HttpStatus.CONFLICT;
        } else {
            throw e;
        }
        return HttpResponse.status(status).body(Views.view("teach/editor", ctx, editors.refused(id, form, errors, caller)));
    }
}
