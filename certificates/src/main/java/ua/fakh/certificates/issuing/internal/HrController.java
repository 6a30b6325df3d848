package ua.fakh.certificates.issuing.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.certificates.issuing.CertificateFilter;
import ua.fakh.certificates.issuing.CertificateReports;
import ua.fakh.certificates.issuing.CertificateStatus;
import ua.fakh.certificates.issuing.CertificateView;
import ua.fakh.certificates.issuing.Certificates;
import ua.fakh.certificates.issuing.HoursSummary;
import ua.fakh.core.common.PageView;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.security.Caller;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** HR of an organization subtree (and ADMIN): its staff's certificates, as a page, CSV, XLSX or a ZIP of the PDFs, and yearly hours. */
@ApiProblems.SignedIn
@Controller("/api/organizations/{id}")
@Secured({"HR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class HrController {
    private final Certificates certificates;
    private final CertificateReports reports;
    private final LocaleChoice locales;

    HrController(Certificates certificates, CertificateReports reports, LocaleChoice locales) {
        this.certificates = certificates;
        this.reports = reports;
        this.locales = locales;
    }

    @Operation(summary = "Certificates of an organisation's staff, filtered and paged.")
    @Get("/certificates")
    PageView<CertificateView> list(UUID id, @Nullable @QueryValue String q, @Nullable @QueryValue UUID courseId,
                                   @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                   @Schema(type = "string") @Nullable @QueryValue CertificateStatus status, @Nullable @QueryValue Integer page,
                                   @Nullable @QueryValue Integer size, Caller caller) {
        return certificates.ofOrganization(id, new CertificateFilter(q, courseId, from, to, status), caller,
                page, size);
    }

    @Operation(summary = "Certificates of an organisation's staff as CSV.")
    @ApiResponse(responseCode = "200", description = "The certificates as CSV (UTF-8).",
            content = @Content(mediaType = "text/csv; charset=UTF-8", schema = @Schema(type = "string")))
    @Get("/certificates.csv")
    HttpResponse<byte[]> csv(UUID id, @Nullable @QueryValue String q, @Nullable @QueryValue UUID courseId,
                             @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                             @Schema(type = "string") @Nullable @QueryValue CertificateStatus status, Caller caller, HttpRequest<?> request) {
        byte[] body = reports.csv(id, new CertificateFilter(q, courseId, from, to, status), caller, locales.of(request));
        return file(body, "text/csv; charset=UTF-8", "certificates.csv");
    }

    @Operation(summary = "Certificates of an organisation's staff as XLSX.")
    @ApiResponse(responseCode = "200", description = "The certificates as an XLSX workbook.",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")))
    @Get("/certificates.xlsx")
    HttpResponse<byte[]> xlsx(UUID id, @Nullable @QueryValue String q, @Nullable @QueryValue UUID courseId,
                              @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                              @Schema(type = "string") @Nullable @QueryValue CertificateStatus status, Caller caller, HttpRequest<?> request) {
        byte[] body = reports.xlsx(id, new CertificateFilter(q, courseId, from, to, status), caller, locales.of(request));
        return file(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "certificates.xlsx");
    }

    /** The signed PDFs of the current filter, streamed as a ZIP while it is written. */
    @Operation(summary = "The signed PDFs of an organisation's certificates as one ZIP.")
    @ApiResponse(responseCode = "200", description = "A ZIP of the signed PDFs.",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    @Get("/certificates.zip")
    HttpResponse<StreamedFile> zip(UUID id, @Nullable @QueryValue String q, @Nullable @QueryValue UUID courseId,
                                   @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                                   @Schema(type = "string") @Nullable @QueryValue CertificateStatus status, Caller caller) {
        InputStream zip = certificates.pdfZip(id, new CertificateFilter(q, courseId, from, to, status), caller);
        return HttpResponse.ok(new StreamedFile(zip, MediaType.of("application/zip")))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("certificates.zip"));
    }

    @Operation(summary = "Training hours of an organisation's staff, per person, in a year.")
    @Get("/hours")
    List<HoursSummary> hours(UUID id, @Nullable @QueryValue Integer year, Caller caller) {
        return certificates.hoursSummary(id, year, caller);
    }

    private static HttpResponse<byte[]> file(byte[] body, String type, String name) {
        return HttpResponse.ok(body).contentType(MediaType.of(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(name));
    }
}
