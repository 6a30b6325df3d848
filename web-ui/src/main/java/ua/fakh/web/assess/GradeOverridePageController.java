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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.assessment.GradeOverrides;
import ua.fakh.courses.assessment.Gradebook;
import ua.fakh.courses.assessment.Gradebooks;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /teach/courses/{id}/gradebook/{enrollmentId}/override}: a trainer sets a learner's course result
 * by hand, with a reason (both errors reported at once), or returns it to the computed one.
 */
@Hidden
@Controller("/teach/courses/{id}/gradebook/{enrollmentId}/override")
@Produces(MediaType.TEXT_HTML)
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class GradeOverridePageController {
    private final TaughtCourses courses;
    private final Gradebooks gradebooks;
    private final GradeOverrides overrides;

    GradeOverridePageController(TaughtCourses courses, Gradebooks gradebooks, GradeOverrides overrides) {
        this.courses = courses;
        this.gradebooks = gradebooks;
        this.overrides = overrides;
    }

    @Get
    HttpResponse<?> form(UUID id, UUID enrollmentId, PageContext ctx, Caller caller) {
        return HttpResponse.ok(page(id, enrollmentId, ctx, caller, null, Map.of()));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> set(UUID id, UUID enrollmentId, @Body OverrideForm form, PageContext ctx, Caller caller) {
        row(id, enrollmentId, caller);
        Double percent = parse(form.percent());
        try {
            overrides.set(enrollmentId, percent, form.reason(), caller);
            return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/gradebook?saved=override"));
        } catch (ValidationException invalid) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(id, enrollmentId, ctx, caller, form, FormErrors.of(invalid, ctx)));
        }
    }

    @Post("/clear")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> clear(UUID id, UUID enrollmentId, Caller caller) {
        row(id, enrollmentId, caller);
        overrides.clear(enrollmentId, caller);
        return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/gradebook?saved=override"));
    }

    /** A decimal comma is as good as a point; anything unreadable is no number (the service names the field). */
    private static @Nullable Double parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip().replace(',', '.').replace("%", "").strip());
        } catch (NumberFormatException unreadable) {
            return Double.NaN;
        }
    }

    private Gradebook.Row row(UUID courseId, UUID enrollmentId, Caller caller) {
        return gradebooks.gradebook(courseId, null, caller).rows().stream().filter(r -> r.enrollmentId().equals(enrollmentId))
                .findFirst().orElseThrow(() -> new NotFoundException("problem.enrollment.learnerNotInCourse"));
    }

    private Object page(UUID id, UUID enrollmentId, PageContext ctx, Caller caller, @Nullable OverrideForm form,
                        Map<String, String> errors) {
        TaughtCourse course = courses.open(id, caller, ctx);
        return Views.view("assess/override", ctx, new GradeOverrideModel(course, row(id, enrollmentId, caller), form, errors));
    }

    @Serdeable
    record OverrideForm(@Nullable String percent, @Nullable String reason) {
    }
}
