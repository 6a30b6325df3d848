package ua.fakh.web.teach;

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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseRenewals;
import ua.fakh.courses.content.CourseView;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /teach/courses/{id}/renewal}: the course settings' renewal course, the published course the
 * certificate expiry notices invite holders to enrol in.
 */
@Hidden
@Controller("/teach/courses/{id}/renewal")
@Produces(MediaType.TEXT_HTML)
@Secured({"TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class RenewalPageController {
    private final CourseRenewals renewals;
    private final TeachAccess access;

    RenewalPageController(CourseRenewals renewals, TeachAccess access) {
        this.renewals = renewals;
        this.access = access;
    }

    @Get
    HttpResponse<?> form(UUID id, PageContext ctx, Caller caller, @Nullable @QueryValue String saved) {
        CourseView course = access.editable(id, caller);
        var current = renewals.get(id, caller);
        return HttpResponse.ok(Views.view("teach/renewal", ctx, new RenewalModel(course, renewals.choices(id, caller),
                current.renewalCourseId() == null ? "" : current.renewalCourseId().toString(), Map.of(), saved != null)));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(UUID id, @Body RenewalForm form, PageContext ctx, Caller caller) {
        CourseView course = access.editable(id, caller);
        String typed = form.renewalCourseId() == null ? "" : form.renewalCourseId().strip();
        try {
            renewals.set(id, typed.isEmpty() ? null : parse(typed), caller);
            return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/renewal?saved=1"));
        } catch (ValidationException invalid) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("teach/renewal", ctx,
                    new RenewalModel(course, renewals.choices(id, caller), typed, FormErrors.of(invalid, ctx), false)));
        }
    }

    private static UUID parse(String typed) {
        try {
            return UUID.fromString(typed);
        } catch (IllegalArgumentException notAnId) {
            throw ValidationException.of("renewalCourseId", "problem.field.renewalNotPublished");
        }
    }

    @Serdeable
    record RenewalForm(@Nullable String renewalCourseId) {
    }
}
