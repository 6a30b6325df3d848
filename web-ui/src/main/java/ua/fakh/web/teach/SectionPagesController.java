package ua.fakh.web.teach;

import ua.fakh.web.page.FormErrors;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.CourseOutlineAuthoring;
import ua.fakh.courses.content.Move;
import ua.fakh.courses.content.NewSection;
import ua.fakh.courses.content.SectionOutline;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The sections of a course in its editor: add, rename, delete (with its lessons), move up or down. */
@Hidden
@Controller("/teach/courses/{id}/sections")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Secured({"TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class SectionPagesController {
    private final CourseOutlineAuthoring courses;
    private final TeachAccess access;
    private final CourseEditors editors;

    SectionPagesController(CourseOutlineAuthoring courses, TeachAccess access, CourseEditors editors) {
        this.courses = courses;
        this.access = access;
        this.editors = editors;
    }

    @Post
    HttpResponse<?> add(UUID id, @Body SectionForm form, PageContext ctx, Caller caller) {
        access.editable(id, caller);
        try {
            SectionOutline section = courses.addSection(id, new NewSection(text(form.title()), blankToNull(form.titleEn())), caller);
            return back(id, "sectionSaved", "section-" + section.id());
        } catch (RuntimeException e) {
            return refused(id, "newSection", e, ctx, caller);
        }
    }

    @Post("/{sectionId}")
    HttpResponse<?> rename(UUID id, UUID sectionId, @Body SectionForm form, PageContext ctx, Caller caller) {
        section(id, sectionId, caller);
        try {
            courses.updateSection(sectionId, new NewSection(text(form.title()), blankToNull(form.titleEn())), caller);
            return back(id, "sectionSaved", "section-" + sectionId);
        } catch (RuntimeException e) {
            return refused(id, "section." + sectionId, e, ctx, caller);
        }
    }

    @Post("/{sectionId}/delete")
    HttpResponse<?> delete(UUID id, UUID sectionId, Caller caller) {
        section(id, sectionId, caller);
        courses.deleteSection(sectionId, caller);
        return back(id, "sectionDeleted", "sections");
    }

    /** One place up or down (at either end it stays where it is), or to a {@code position} (a drop after dragging). */
    @Post("/{sectionId}/move")
    HttpResponse<?> move(UUID id, UUID sectionId, @Body MoveForm form, Caller caller) {
        List<SectionOutline> sections = access.editable(id, caller).sections();
        int at = indexOf(sections, sectionId);
        Integer place = form.toPlace() ? form.placeOrEnd() : null;
        int to = form.toPlace() ? (place == null ? sections.size() - 1 : Math.min(place, sections.size() - 1))
                : form.up() ? at - 1 : at + 1;
        if (to >= 0 && to < sections.size() && to != at) {
            courses.moveSection(sectionId, new Move(to, null), caller);
        }
        return back(id, "moved", "section-" + sectionId);
    }

    private void section(UUID id, UUID sectionId, Caller caller) {
        indexOf(access.editable(id, caller).sections(), sectionId);
    }

    private static int indexOf(List<SectionOutline> sections, UUID sectionId) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).id().equals(sectionId)) {
                return i;
            }
        }
        throw new NotFoundException("problem.section.notInCourse");
    }

    private HttpResponse<?> refused(UUID id, String field, RuntimeException e, PageContext ctx, Caller caller) {
        if (!FormErrors.isFieldProblem(e)) {
            throw e;
        }
        String message = String.join(" ", FormErrors.of(e, ctx, "teach.invalid.").values());
        CourseEditorModel model = editors.refused(id, null, Map.of(field, message), caller);
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("teach/editor", ctx, model));
    }

    static HttpResponse<?> back(UUID courseId, String notice, String anchor) {
        return HttpResponse.seeOther(URI.create("/teach/courses/" + courseId + "?notice=" + notice + "#" + anchor));
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
