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
import io.micronaut.http.annotation.QueryValue;
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
import ua.fakh.courses.enrollment.EnrollmentReport;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;

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
    private final EnrollmentsPage pages;
    private final Enrollments enrollments;

    EnrollmentsPageController(EnrollmentsPage pages, Enrollments enrollments) {
        this.pages = pages;
        this.enrollments = enrollments;
    }

    /** {@code done}, {@code changed}, {@code unchanged}: what the bulk action before this redirect did. */
    @Get
    HttpResponse<?> list(UUID id, @Nullable @QueryValue String done, @Nullable @QueryValue Integer changed,
                         @Nullable @QueryValue Integer unchanged, PageContext ctx, Caller caller) {
        String notice = done == null || changed == null || !done.matches("due|withdrawn") ? null
                : ctx.t("assessment.bulk.done." + done, changed, unchanged == null ? 0 : unchanged);
        return HttpResponse.ok(pages.view(id, ctx, caller, null, "", null, notice, null));
    }

    /** The report is the answer: shown on the page at once (enrolling again changes nothing, so a resend is harmless). */
    @Post("/enrol")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> enroll(UUID id, @Body MultipartBody body, PageContext ctx, Caller caller) {
        FormParts form = FormParts.read(body);
        String emails = "";
        try {
            boolean csv = form.hasFile("file");
            emails = form.fileOrText("file", "emails");
            if (emails.isBlank()) {
                return HttpResponse.status(HttpStatus.BAD_REQUEST)
                        .body(page(id, ctx, caller, null, "", ctx.t("assessment.enrol.empty")));
            }
            String cohort = form.text("cohort").strip();
            Instant due = DueDates.parse(form.text("due"), "due");
            UUID cohortId = FormIds.optional(cohort, "cohort");
            EnrollmentReport report = csv ? enrollments.enrollCsv(id, emails, cohortId, due, caller)
                    : enrollments.enrollEmails(id, emails, cohortId, due, caller);
            return HttpResponse.ok(page(id, ctx, caller, report, csv ? "" : emails, null));
        } catch (ValidationException invalid) {
            String message = String.join(" ", FormErrors.of(invalid, ctx).values());
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
            throw new NotFoundException("problem.enrollment.notInCourse");
        }
    }

    private Object page(UUID id, PageContext ctx, Caller caller, @Nullable EnrollmentReport report, String emails,
                        @Nullable String error) {
        return pages.view(id, ctx, caller, report, emails, error, null, null);
    }

    @Serdeable
    record DueForm(@Nullable String due) {
    }
}
