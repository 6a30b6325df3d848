package ua.fakh.web.learn;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.TooManyRequestsException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.EnrollmentPolicy;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.UUID;

/** {@code /courses/{id}}: what a course is and holds, and for the signed-in learner enrollment and progress. */
@Hidden
@Controller("/courses/{id}")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CoursePageController {
    private final LearnerCourses learnerCourses;
    private final Enrollments enrollments;

    CoursePageController(LearnerCourses learnerCourses, Enrollments enrollments) {
        this.learnerCourses = learnerCourses;
        this.enrollments = enrollments;
    }

    @Get
    HttpResponse<?> course(UUID id, PageContext ctx, Caller caller, @Nullable @QueryValue String notice) {
        CourseModel model = learnerCourses.model(id, caller, "enrolled".equals(notice) ? "enrolled" : null, null, ctx);
        return HttpResponse.ok(Views.view("learn/course", ctx, model));
    }

    /** Self-enrollment; a wrong key (or a trainer-only course, or too many wrong keys) shows the page again with the reason. */
    @Post("/enrol")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> enroll(UUID id, @Body EnrollForm form, PageContext ctx, Caller caller) {
        try {
            enrollments.enrollSelf(id, form.key() == null ? null : form.key().strip(), caller);
            return HttpResponse.seeOther(URI.create("/courses/" + id + "?notice=enrolled"));
        } catch (ForbiddenException refused) {
            CourseView course = learnerCourses.course(id, caller);
            String error = course.enrollmentPolicy() == EnrollmentPolicy.KEY ? "learn.enrol.wrongKey" : "learn.enrol.trainerOnly";
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body(Views.view("learn/course", ctx, learnerCourses.model(id, caller, null, error, ctx)));
        } catch (TooManyRequestsException tooMany) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(tooMany.retryAfterSeconds()))
                    .body(Views.view("learn/course", ctx, learnerCourses.model(id, caller, null, "learn.enrol.tooManyKeys", ctx)));
        }
    }
}
