package ua.fakh.courses.attendance.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.attendance.AttendanceReportFiles;
import ua.fakh.courses.attendance.AttendanceReports;
import ua.fakh.courses.attendance.AttendanceRule;
import ua.fakh.courses.attendance.AttendanceRules;
import ua.fakh.courses.attendance.MeasuredAttendance;
import ua.fakh.courses.attendance.Measurement;
import ua.fakh.courses.attendance.SessionAttendanceReport;

import java.util.UUID;

/** A course trainer's attendance by measurement: the course's rule, measuring a session, overrides, the session report. */
@ApiProblems.SignedIn
@Controller
@Secured({"TRAINER", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class AttendanceController {
    private final AttendanceRules rules;
    private final MeasuredAttendance attendance;
    private final AttendanceReports reports;
    private final Messages messages;
    private final LocaleChoice locales;

    AttendanceController(AttendanceRules rules, MeasuredAttendance attendance, AttendanceReports reports, Messages messages,
                         LocaleChoice locales) {
        this.rules = rules;
        this.attendance = attendance;
        this.reports = reports;
        this.messages = messages;
        this.locales = locales;
    }

    @Operation(summary = "A course's attendance rule (present when there for at least this share of a session).")
    @Get("/api/courses/{id}/attendance-rule")
    AttendanceRule rule(UUID id, Caller caller) {
        return rules.get(id, caller);
    }

    @Operation(summary = "Sets a course's attendance rule.")
    @Put("/api/courses/{id}/attendance-rule")
    AttendanceRule setRule(UUID id, @Body RuleRequest body, Caller caller) {
        return rules.set(id, body.presentPercent(), caller);
    }

    /** For providers that report nothing: minutes from Fakh's join log and check-in codes. Idempotent. */
    @Operation(summary = "Measures a session's attendance and marks who was present by the course's rule.")
    @ApiProblems.Conflict
    @Post("/api/sessions/{id}/attendance/measure")
    Measurement measure(UUID id, Caller caller) {
        return attendance.measure(id, caller);
    }

    @Operation(summary = "Overrides one person's attendance at a session, with a reason.")
    @Put("/api/sessions/{id}/attendance/{enrollmentId}")
    SessionAttendanceReport.Mark override(UUID id, UUID enrollmentId, @Body OverrideRequest body, Caller caller) {
        return attendance.override(id, enrollmentId, body.present(), body.reason(), caller);
    }

    @Operation(summary = "A session's attendance report: who joined, for how long, and why anyone was not counted.")
    @Get("/api/sessions/{id}/attendance-report")
    SessionAttendanceReport report(UUID id, HttpRequest<?> request, Caller caller) {
        return reports.report(id, locales.of(request), caller);
    }

    @Operation(summary = "A session's attendance report as CSV.")
    @ApiResponse(responseCode = "200", description = "The report as CSV (UTF-8, semicolons).",
            content = @Content(mediaType = "text/csv; charset=UTF-8", schema = @Schema(type = "string")))
    @Get(value = "/api/sessions/{id}/attendance-report.csv", produces = AttendanceReportFiles.CSV)
    HttpResponse<byte[]> reportCsv(UUID id, HttpRequest<?> request, Caller caller) {
        var locale = locales.of(request);
        SessionAttendanceReport report = reports.report(id, locale, caller);
        return HttpResponse.ok(AttendanceReportFiles.csv(report, messages, locale)).contentType(MediaType.of(AttendanceReportFiles.CSV))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(AttendanceReportFiles.baseName(report) + ".csv"));
    }

    @Operation(summary = "A session's attendance report as XLSX.")
    @ApiResponse(responseCode = "200", description = "The report as an XLSX workbook.",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")))
    @Get(value = "/api/sessions/{id}/attendance-report.xlsx", produces = AttendanceReportFiles.XLSX)
    HttpResponse<byte[]> reportXlsx(UUID id, HttpRequest<?> request, Caller caller) {
        var locale = locales.of(request);
        SessionAttendanceReport report = reports.report(id, locale, caller);
        return HttpResponse.ok(AttendanceReportFiles.xlsx(report, messages, locale)).contentType(MediaType.of(AttendanceReportFiles.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(AttendanceReportFiles.baseName(report) + ".xlsx"));
    }

    @Serdeable
    record RuleRequest(@Nullable Integer presentPercent) {
    }

    @Serdeable
    record OverrideRequest(@Nullable Boolean present, @Nullable String reason) {
    }
}
