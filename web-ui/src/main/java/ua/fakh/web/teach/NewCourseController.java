package ua.fakh.web.teach;

import ua.fakh.web.page.FormErrors;
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
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.CourseAuthoring;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Map;

/** {@code /teach/courses/new}: a course's description, then the editor of the new draft. */
@Hidden
@Controller("/teach/courses")
@Produces(MediaType.TEXT_HTML)
@Secured({"TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class NewCourseController {
    private final CourseAuthoring courses;
    private final ProviderOptions providers;

    NewCourseController(CourseAuthoring courses, ProviderOptions providers) {
        this.courses = courses;
        this.providers = providers;
    }

    @Get("/new")
    HttpResponse<?> form(PageContext ctx, Caller caller) {
        var options = providers.of(caller);
        CourseForm empty = CourseForm.empty(options.isEmpty() ? null : options.get(0).id());
        return HttpResponse.ok(Views.view("teach/new_course", ctx, new NewCourseModel(empty, Map.of(), options)));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body CourseForm form, PageContext ctx, Caller caller) {
        try {
            CourseView course = courses.create(form.checked(courses), caller);
            return HttpResponse.seeOther(URI.create("/teach/courses/" + course.id() + "?notice=created"));
        } catch (RuntimeException e) {
            if (!FormErrors.isFieldProblem(e)) {
                throw e;
            }
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("teach/new_course", ctx,
                    new NewCourseModel(form, FormErrors.of(e, ctx, "teach.invalid."), providers.of(caller))));
        }
    }
}
