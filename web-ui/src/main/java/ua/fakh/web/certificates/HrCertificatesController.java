package ua.fakh.web.certificates;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.web.page.FormIds;
import ua.fakh.core.common.Paging;
import ua.fakh.certificates.issuing.CertificateReports;
import ua.fakh.certificates.issuing.Certificates;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.util.UUID;

/**
 * {@code /hr/certificates} and {@code /hr/hours}: HR's view of its organization subtree (an administrator
 * may name any organization with {@code ?org=}), with CSV, XLSX and ZIP exports of the current filter.
 */
@Hidden
@Controller("/hr")
@Secured({"HR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class HrCertificatesController {
    private static final int PAGE_SIZE = 25;

    private final Certificates certificates;
    private final CertificateReports reports;
    private final Organizations organizations;

    HrCertificatesController(Certificates certificates, CertificateReports reports, Organizations organizations) {
        this.certificates = certificates;
        this.reports = reports;
        this.organizations = organizations;
    }

    @Get("/certificates")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> list(PageContext ctx, Caller caller, @Nullable @QueryValue String org, @Nullable @QueryValue String q,
                         @Nullable @QueryValue String course, @Nullable @QueryValue String from,
                         @Nullable @QueryValue String to, @Nullable @QueryValue String status,
                         @Nullable @QueryValue Integer page) {
        UUID organization = organization(org, caller);
        HrFilter filter = HrFilter.of(q, course, from, to, status);
        var results = certificates.ofOrganization(organization, filter.toFilter(), caller, Paging.pageOrFirst(page), PAGE_SIZE);
        return HttpResponse.ok(Views.view("certificates/hr", ctx, new HrCertificatesModel(organization,
                ctx.name(organizations.get(organization)), filter, reports.courses(organization, caller), results)));
    }

    @Get(value = "/certificates.csv", produces = "text/csv")
    HttpResponse<byte[]> csv(PageContext ctx, Caller caller, @Nullable @QueryValue String org, @Nullable @QueryValue String q,
                             @Nullable @QueryValue String course, @Nullable @QueryValue String from,
                             @Nullable @QueryValue String to, @Nullable @QueryValue String status) {
        byte[] csv = reports.csv(organization(org, caller), HrFilter.of(q, course, from, to, status).toFilter(), caller, ctx.locale());
        return Downloads.attachment(csv, MediaType.of("text/csv; charset=UTF-8"), "certificates.csv");
    }

    @Get(value = "/certificates.xlsx", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<byte[]> xlsx(PageContext ctx, Caller caller, @Nullable @QueryValue String org, @Nullable @QueryValue String q,
                              @Nullable @QueryValue String course, @Nullable @QueryValue String from,
                              @Nullable @QueryValue String to, @Nullable @QueryValue String status) {
        byte[] xlsx = reports.xlsx(organization(org, caller), HrFilter.of(q, course, from, to, status).toFilter(), caller, ctx.locale());
        return Downloads.attachment(xlsx, Downloads.XLSX, "certificates.xlsx");
    }

    /** The signed PDFs of the filter, streamed as a ZIP while the server writes it. */
    @Get(value = "/certificates.zip", produces = "application/zip")
    HttpResponse<StreamedFile> zip(Caller caller, @Nullable @QueryValue String org, @Nullable @QueryValue String q,
                                   @Nullable @QueryValue String course, @Nullable @QueryValue String from,
                                   @Nullable @QueryValue String to, @Nullable @QueryValue String status) {
        var zip = certificates.pdfZip(organization(org, caller), HrFilter.of(q, course, from, to, status).toFilter(), caller);
        return Downloads.attachment(new StreamedFile(zip, MediaType.of("application/zip")), MediaType.of("application/zip"), "certificates.zip");
    }

    @Get("/hours")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> hours(PageContext ctx, Caller caller, @Nullable @QueryValue String org, @Nullable @QueryValue String year) {
        UUID organization = organization(org, caller);
        Integer chosen = year == null || !year.strip().matches("\\d{4}") ? null : Integer.valueOf(year.strip());
        return HttpResponse.ok(Views.view("certificates/hours", ctx, new HoursModel(organization,
                ctx.name(organizations.get(organization)), chosen, certificates.hoursSummary(organization, chosen, caller))));
    }

    /** HR's own organization unless another is named (the service refuses one outside HR's subtree). */
    private static UUID organization(@Nullable String org, Caller caller) {
        if (org != null && !org.isBlank()) {
            return FormIds.required(org, "org", "problem.field.certificate.notAnOrganization");
        }
        if (caller.organizationId() == null) {
            throw ValidationException.of("org", "problem.field.certificate.nameOrganization");
        }
        return caller.organizationId();
    }
}
