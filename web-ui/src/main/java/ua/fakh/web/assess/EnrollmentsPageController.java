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
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.web.page.FormIds;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.enrollment.Cohorts;
import ua.fakh.courses.enrollment.EnrollmentReport;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** {@code /teach/courses/{id}/enrollments}: the learners, enrollment by e-mails (pasted or a CSV file), withdrawal, due dates. */
@Hidden
@Controller("/teach/courses/{id}/enrolments")
@Produces(MediaType.TEXT_HTML)
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class EnrollmentsPageController {
    private final TaughtCourses courses;
    private final Enrollments enrollments;
    private final Cohorts cohorts;

    EnrollmentsPageController(TaughtCourses courses, Enrollments enrollments, Cohorts cohorts) {
        this.courses = courses;
        this.enrollments = enrollments;
        this.cohorts = cohorts;
    }

    @Get
    HttpResponse<?> list(UUID id, PageContext ctx, Caller caller) {
        return HttpResponse.ok(page(id, ctx, caller, null, "", null));
    }

    /** The report is the answer: shown on the page at once (enrolling again changes nothing, so a resend is harmless). */
    @Post("/enrol")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> enroll(UUID id, @Body MultipartBody body, PageContext ctx, Caller caller) {
        FormParts form = FormParts.read(body);
        String emails = "";
        try {
            emails = form.fileOrText("file", "emails");
            if (emails.isBlank()) {
                return HttpResponse.status(HttpStatus.BAD_REQUEST)
                        .body(page(id, ctx, caller, null, "", ctx.t("assessment.enrol.empty")));
            }
            String cohort = form.text("cohort").strip();
            Instant due = DueDates.parse(form.text("due"), "due");
            EnrollmentReport report = enrollments.enrollEmails(id, emails, FormIds.optional(cohort, "cohort"),
                    due, caller);
            return HttpResponse.ok(page(id, ctx, caller, report, emails, null));
        } catch (ValidationException invalid) {
            String message = FormErrors.of(invalid, ctx).values().stream().findFirst().orElse(invalid.getMessage());
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(id, ctx, caller, null, emails, message));
        }
    }

    @Post("/{enrollmentId}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(UUID id, UUID enrollmentId, Caller caller) {
        requireOfCourse(id, enrollmentId, caller);
        enrollments.withdraw(enrollmentId, caller);
        return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/enrolments"));
    }

    @Post("/{enrollmentId}/due")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> due(UUID id, UUID enrollmentId, @Body DueForm form, Caller caller) {
        requireOfCourse(id, enrollmentId, caller);
        enrollments.setDue(enrollmentId, DueDates.parse(form.due(), "due"), caller);
        return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/enrolments"));
    }

    /** An enrollment of another course under this course's address is a wrong link, not a way round the check. */
    private void requireOfCourse(UUID courseId, UUID enrollmentId, Caller caller) {
        if (!enrollments.get(enrollmentId, caller).courseId().equals(courseId)) {
            throw new NotFoundException("No such enrolment in this course");
        }
    }

    private Object page(UUID id, PageContext ctx, Caller caller, @Nullable EnrollmentReport report, String emails,
                        @Nullable String error) {
        TaughtCourse course = courses.open(id, caller, ctx);
        return Views.view("assess/enrolments", ctx, new EnrollmentsModel(course, enrollments.roster(id, null, caller),
                cohorts.ofCourse(id, caller), report, emails, error));
    }

    @Serdeable
    record DueForm(@Nullable String due) {
    }
}
