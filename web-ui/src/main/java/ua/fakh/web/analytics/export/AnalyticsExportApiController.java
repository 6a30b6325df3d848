package ua.fakh.web.analytics.export;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.security.Caller;

/**
 * The analytics exports for API clients with a bearer token, errors as {@code application/problem+json}.
 * Query of both: the report filter ({@code from}, {@code to} as 2026-01-31; {@code provider}, {@code course},
 * {@code cohort} ids; {@code tag}) and {@code lang} (uk|en). Administrators, HR and analysts with a scope
 * (else 403); groups under 5 people are {@code <5}.
 */
@ApiProblems.SignedIn
@Controller("/api/analytics")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AnalyticsExportApiController {
    private final ExportRequests exports;

    AnalyticsExportApiController(ExportRequests exports) {
        this.exports = exports;
    }

    /**
     * One territory-report table as CSV (UTF-8 with BOM, RFC 4180) or XLSX, or every table as one XLSX.
     *
     * @param file {@code <table id>.csv}, {@code <table id>.xlsx} (e.g. {@code coverage-hromadas.csv}) or
     *             {@code all.xlsx}; 404 for an unknown table
     */
    @Operation(summary = "One territory-report table as CSV or XLSX, or every table as one XLSX.")
    @ApiResponse(responseCode = "200", description = "One table as CSV (UTF-8 with BOM), or one or every table as an XLSX workbook.",
            content = {@Content(mediaType = "text/csv; charset=UTF-8", schema = @Schema(type = "string")),
                @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = "string", format = "binary"))})
    @Get(value = "/export/{file}", produces = {TableCsv.MEDIA_TYPE, TableXlsx.MEDIA_TYPE})
    HttpResponse<byte[]> table(HttpRequest<?> request, Caller caller, @PathVariable String file) {
        return exports.table(request, caller, file);
    }

    /** The one-page partner report (A4 PDF): scope, period and filters, key numbers, oblast map, top rows. */
    @Operation(summary = "The one-page partner report as PDF.")
    @ApiResponse(responseCode = "200", description = "The partner report (A4 PDF).",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @Get(value = "/report.pdf", produces = ReportPdf.MEDIA_TYPE)
    HttpResponse<byte[]> report(HttpRequest<?> request, Caller caller) {
        return exports.pdf(request, caller);
    }
}
