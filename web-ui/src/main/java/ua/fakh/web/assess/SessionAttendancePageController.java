package ua.fakh.web.assess;

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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.attendance.AttendanceReportFiles;
import ua.fakh.courses.attendance.AttendanceReports;
import ua.fakh.courses.attendance.AttendanceRules;
import ua.fakh.courses.attendance.MeasuredAttendance;
import ua.fakh.courses.attendance.SessionAttendanceReport;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.FormIds;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /teach/courses/{id}/cohorts/{cohortId}/sessions/{sessionId}/attendance}: who joined a session
 * and for how long, who counts as present by the course's rule and why anyone does not; the trainer
 * measures again, overrides one person's mark with a reason, sets the rule, downloads CSV or XLSX.
 */
@Hidden
@Controller("/teach/courses/{id}/cohorts/{cohortId}/sessions/{sessionId}")
@Produces(MediaType.TEXT_HTML)
@Secured("TRAINER")
@ExecuteOn(TaskExecutors.BLOCKING)
class SessionAttendancePageController {
    private final TaughtCourses courses;
    private final AttendanceReports reports;
    private final MeasuredAttendance attendance;
    private final AttendanceRules rules;

    SessionAttendancePageController(TaughtCourses courses, AttendanceReports reports, MeasuredAttendance attendance,
                                    AttendanceRules rules) {
        this.courses = courses;
        this.reports = reports;
        this.attendance = attendance;
        this.rules = rules;
    }

    @Get("/attendance")
    HttpResponse<?> show(UUID id, UUID cohortId, UUID sessionId, @Nullable @QueryValue String saved, PageContext ctx, Caller caller) {
        String notice = saved == null || !saved.matches("measured|override|rule|ruleMeasured") ? null : "attendance.page.saved." + saved;
        return HttpResponse.ok(page(id, cohortId, sessionId, ctx, caller, Map.of(), null, notice));
    }

    @Post("/attendance/measure")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> measure(UUID id, UUID cohortId, UUID sessionId, PageContext ctx, Caller caller) {
        report(id, cohortId, sessionId, ctx, caller);
        try {
            attendance.measure(sessionId, caller);
            return saved(id, cohortId, sessionId, "measured");
        } catch (ConflictException refused) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(page(id, cohortId, sessionId, ctx, caller,
                    Map.of("measure", ctx.t(refused.getMessage())), null, null));
        }
    }

    @Post("/attendance/override")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> override(UUID id, UUID cohortId, UUID sessionId, @Body OverrideForm form, PageContext ctx, Caller caller) {
        report(id, cohortId, sessionId, ctx, caller);
        try {
            UUID enrollmentId = FormIds.required(form.enrollmentId(), "enrollmentId", "problem.field.attendanceWho");
            Boolean present = "yes".equals(form.present()) ? Boolean.TRUE : "no".equals(form.present()) ? Boolean.FALSE : null;
            attendance.override(sessionId, enrollmentId, present, form.reason(), caller);
            return saved(id, cohortId, sessionId, "override");
        } catch (ValidationException invalid) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(id, cohortId, sessionId, ctx, caller,
                    FormErrors.of(invalid, ctx), form, null));
        }
    }

    @Post("/attendance/rule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rule(UUID id, UUID cohortId, UUID sessionId, @Body RuleForm form, PageContext ctx, Caller caller) {
        report(id, cohortId, sessionId, ctx, caller);
        try {
            rules.set(id, percent(form.presentPercent()), caller);
        } catch (ValidationException invalid) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(id, cohortId, sessionId, ctx, caller,
                    FormErrors.of(invalid, ctx), null, null));
        }
        try {
            // the trainer sees the new rule at work on this session at once (the API leaves that to /measure)
            attendance.measure(sessionId, caller);
            return saved(id, cohortId, sessionId, "ruleMeasured");
        } catch (ConflictException inPersonOrNotOver) {
            return saved(id, cohortId, sessionId, "rule");
        }
    }

    @Get(value = "/attendance.csv", produces = AttendanceReportFiles.CSV)
    HttpResponse<byte[]> csv(UUID id, UUID cohortId, UUID sessionId, PageContext ctx, Caller caller) {
        SessionAttendanceReport report = report(id, cohortId, sessionId, ctx, caller);
        return HttpResponse.ok(AttendanceReportFiles.csv(report, ctx.messages(), ctx.locale())).contentType(AttendanceReportFiles.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(AttendanceReportFiles.baseName(report) + ".csv"));
    }

    @Get(value = "/attendance.xlsx", produces = AttendanceReportFiles.XLSX)
    HttpResponse<byte[]> xlsx(UUID id, UUID cohortId, UUID sessionId, PageContext ctx, Caller caller) {
        SessionAttendanceReport report = report(id, cohortId, sessionId, ctx, caller);
        return HttpResponse.ok(AttendanceReportFiles.xlsx(report, ctx.messages(), ctx.locale())).contentType(AttendanceReportFiles.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(AttendanceReportFiles.baseName(report) + ".xlsx"));
    }

    /** A share typed with a % sign is as good as without; anything unreadable is no number (the service names the field). */
    private static @Nullable Integer percent(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace("%", "").strip());
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }

    private HttpResponse<?> saved(UUID id, UUID cohortId, UUID sessionId, String what) {
        return HttpResponse.seeOther(URI.create("/teach/courses/" + id + "/cohorts/" + cohortId + "/sessions/" + sessionId
                + "/attendance?saved=" + what));
    }

    /** The report, when the session belongs to this cohort of this course (404 otherwise). */
    private SessionAttendanceReport report(UUID courseId, UUID cohortId, UUID sessionId, PageContext ctx, Caller caller) {
        SessionAttendanceReport report = reports.report(sessionId, ctx.locale(), caller);
        if (!report.courseId().equals(courseId) || !report.cohortId().equals(cohortId)) {
            throw new NotFoundException("problem.session.notInCohort");
        }
        return report;
    }

    private Object page(UUID id, UUID cohortId, UUID sessionId, PageContext ctx, Caller caller, Map<String, String> errors,
                        @Nullable OverrideForm form, @Nullable String notice) {
        TaughtCourse course = courses.open(id, caller, ctx);
        return Views.view("assess/session_attendance", ctx, new SessionAttendanceModel(course, cohortId,
                report(id, cohortId, sessionId, ctx, caller), errors, form, notice));
    }

    @Serdeable
    record OverrideForm(@Nullable String enrollmentId, @Nullable String present, @Nullable String reason) {
    }

    @Serdeable
    record RuleForm(@Nullable String presentPercent) {
    }
}
