package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import ua.fakh.core.common.PageView;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;
import ua.fakh.courses.enrollment.AttendanceMarks;
import ua.fakh.courses.enrollment.BulkChange;
import ua.fakh.courses.enrollment.BulkSelection;
import ua.fakh.courses.enrollment.EnrollmentReport;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.Cohorts;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.courses.enrollment.NewCohort;
import ua.fakh.courses.enrollment.NewSession;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

@ApiProblems.SignedIn
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class EnrollmentController {
    private final Enrollments enrollments;
    private final Cohorts cohorts;
    private final JsonMapper json;
    private final Messages messages;
    private final LocaleChoice locales;

    EnrollmentController(Enrollments enrollments, Cohorts cohorts, JsonMapper json, Messages messages, LocaleChoice locales) {
        this.enrollments = enrollments;
        this.cohorts = cohorts;
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    /**
     * One route for the three ways of enrolling, told apart by the body's type: CSV (e-mails in the
     * first column) or text (e-mails separated by commas, semicolons, spaces or new lines, also as
     * {@code Name <email>}) is enrolled by a course trainer; JSON with {@code userIds}
     * is the trainer enrolling those people (report per user); JSON without them, or no body and no
     * content type at all, is the caller enrolling themself (201 the first time, 200 with the same
     * enrollment after). One route, because two would both match a POST without a content type.
     */
    @Operation(summary = "Enrols the caller, a list of users or a CSV of e-mails in a course.")
    @ApiProblems.Conflict
    @ApiResponse(responseCode = "200", description = "The report of a list or CSV, or the caller's enrolment made before.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "201", description = "The caller's new enrolment.", useReturnTypeSchema = true)
    @Post(value = "/api/courses/{courseId}/enrollments", consumes = {MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN})
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> enroll(UUID courseId, HttpRequest<?> request, @Nullable @Body String body,
                          @Nullable @QueryValue UUID cohortId, Caller caller) {
        MediaType type = request.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE);
        String text = body == null ? "" : body;
        if (type.matches(MediaType.of("text/csv"))) {
            return HttpResponse.ok(localized(enrollments.enrollCsv(courseId, text, cohortId, null, caller), request));
        }
        if (!type.matches(MediaType.APPLICATION_JSON_TYPE)) {
            return HttpResponse.ok(localized(enrollments.enrollEmails(courseId, text, cohortId, null, caller), request));
        }
        EnrollmentRequest json = body == null || body.isBlank() ? null : read(body);
        if (json != null && json.userIds() != null) {
            return HttpResponse.ok(localized(enrollments.enrollUsers(courseId, json.userIds(), json.cohortId(), json.dueAt(),
                    caller), request));
        }
        boolean before = enrollments.find(courseId, caller.userId())
                .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN).isPresent();
        EnrollmentView enrollment = enrollments.enrollSelf(courseId, json == null ? null : json.key(), caller);
        return before ? HttpResponse.ok(enrollment) : HttpResponse.created(enrollment);
    }

    private EnrollmentReport localized(EnrollmentReport report, HttpRequest<?> request) {
        Locale locale = locales.of(request);
        return report.localized(key -> messages.get(locale, key));
    }

    /** A course trainer sets (or with {@code dueAt: null} clears) the own due date of the selected learners. */
    @Operation(summary = "Sets the due date of several enrolments.")
    @Post("/api/courses/{courseId}/enrollments/due")
    @Secured({"TRAINER", "ADMIN"})
    BulkChange setDueOfMany(UUID courseId, @Body BulkSelection body, Caller caller) {
        return enrollments.setDue(courseId, body, caller);
    }

    /** A course trainer withdraws the selected learners; completed ones stay completed. */
    @Operation(summary = "Withdraws several learners from a course.")
    @Post("/api/courses/{courseId}/enrollments/withdraw")
    @Secured({"TRAINER", "ADMIN"})
    BulkChange withdrawMany(UUID courseId, @Body BulkSelection body, Caller caller) {
        return enrollments.withdraw(courseId, body, caller);
    }

    private EnrollmentRequest read(String body) {
        try {
            return json.readValue(body, Argument.of(EnrollmentRequest.class));
        } catch (IOException | RuntimeException unreadable) {
            throw ValidationException.of("body", "problem.field.notAnEnrollmentRequest");
        }
    }

    @Operation(summary = "Enrolments of a course.")
    @Get("/api/courses/{courseId}/enrollments")
    @Secured({"TRAINER", "ADMIN"})
    PageView<EnrollmentView> ofCourse(UUID courseId, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size,
                                      Caller caller) {
        return enrollments.ofCourse(courseId, caller, page, size);
    }

    @Operation(summary = "The caller's enrolments with progress.")
    @Get("/api/me/enrollments")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<EnrollmentView> mine(Caller caller) {
        return enrollments.mine(caller);
    }

    @Operation(summary = "One enrolment with progress.")
    @Get("/api/enrollments/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    EnrollmentView get(UUID id, Caller caller) {
        return enrollments.get(id, caller);
    }

    @Operation(summary = "Marks a lesson done.")
    @Post("/api/enrollments/{id}/lessons/{lessonId}/complete")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    EnrollmentView completeLesson(UUID id, UUID lessonId, Caller caller) {
        return enrollments.completeLesson(id, lessonId, caller);
    }

    @Operation(summary = "Withdraws from a course.")
    @Post("/api/enrollments/{id}/withdraw")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    EnrollmentView withdraw(UUID id, Caller caller) {
        return enrollments.withdraw(id, caller);
    }

    /** A course trainer sets (or with {@code dueAt: null} clears) the enrollment's own due date. */
    @Operation(summary = "Sets the due date of one enrolment.")
    @Put("/api/enrollments/{id}/due")
    @Secured({"TRAINER", "ADMIN"})
    EnrollmentView setDue(UUID id, @Body DueDate body, Caller caller) {
        return enrollments.setDue(id, body.dueAt(), caller);
    }

    /** The cohort's due date: every member without a due date of their own gets it. */
    @Operation(summary = "Sets the due date of a cohort.")
    @Put("/api/cohorts/{id}/due")
    @Secured({"TRAINER", "ADMIN"})
    CohortView setCohortDue(UUID id, @Body DueDate body, Caller caller) {
        return cohorts.setDue(id, body.dueAt(), caller);
    }

    @Operation(summary = "Creates a cohort of a course.")
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post("/api/courses/{courseId}/cohorts")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<CohortView> createCohort(UUID courseId, @Body @Valid NewCohort body, Caller caller) {
        return HttpResponse.created(cohorts.create(courseId, body, caller));
    }

    @Operation(summary = "Cohorts of a course.")
    @Get("/api/courses/{courseId}/cohorts")
    @Secured({"TRAINER", "ADMIN"})
    List<CohortView> cohortsOf(UUID courseId, Caller caller) {
        return cohorts.ofCourse(courseId, caller);
    }

    @Operation(summary = "One cohort with its members and sessions.")
    @Get("/api/cohorts/{id}")
    @Secured({"TRAINER", "ADMIN"})
    CohortView cohort(UUID id, Caller caller) {
        return cohorts.get(id, caller);
    }

    @Operation(summary = "Adds a session to a cohort.")
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post("/api/cohorts/{id}/sessions")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<CohortView> addSession(UUID id, @Body @Valid NewSession body, Caller caller) {
        return HttpResponse.created(cohorts.addSession(id, body, caller));
    }

    @Operation(summary = "Records attendance at a session.")
    @ApiResponse(responseCode = "204", description = "Done.")
    @Put("/api/sessions/{id}/attendance")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<Void> attendance(UUID id, @Body AttendanceMarks body, Caller caller) {
        cohorts.markAttendance(id, body, caller);
        return HttpResponse.noContent();
    }

    @Operation(summary = "A cohort's attendance sheet.")
    @Get("/api/cohorts/{id}/attendance")
    @Secured({"TRAINER", "ADMIN"})
    Map<UUID, Map<UUID, Boolean>> attendanceSheet(UUID id, Caller caller) {
        return cohorts.attendance(id, caller);
    }

    @Serdeable
    record DueDate(@Nullable Instant dueAt) {
    }

    @Serdeable
    record EnrollmentRequest(@Nullable String key, @Nullable List<UUID> userIds, @Nullable UUID cohortId,
                            @Nullable Instant dueAt) {
    }
}
