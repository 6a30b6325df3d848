package ua.fakh.certificates.issuing.internal;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ua.fakh.core.common.ContentDisposition;
import ua.fakh.certificates.issuing.CertificateDocuments;
import ua.fakh.certificates.issuing.CertificateFile;
import ua.fakh.certificates.issuing.CertificateView;
import ua.fakh.certificates.issuing.Certificates;
import ua.fakh.certificates.issuing.IssueReport;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

@ApiProblems.SignedIn
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CertificateController {
    private final Certificates certificates;
    private final CertificateDocuments files;
    private final LocaleChoice locales;
    private final Messages messages;

    CertificateController(Certificates certificates, CertificateDocuments files, LocaleChoice locales, Messages messages) {
        this.certificates = certificates;
        this.files = files;
        this.locales = locales;
        this.messages = messages;
    }

    @Operation(summary = "The certificate as a signed PDF.")
    @ApiResponse(responseCode = "200", description = "The signed PDF.",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @Get("/api/certificates/{id}/pdf")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> pdf(UUID id, Caller caller) {
        CertificateFile file = files.pdf(id, caller);
        return HttpResponse.ok(file.bytes()).contentType(MediaType.of("application/pdf"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline("certificate-" + file.serialNumber() + ".pdf"));
    }

    @Operation(summary = "The certificate as a signed Open Badges 3.0 credential (VC-JWT).")
    @ApiResponse(responseCode = "200", description = "The credential as a compact JWS (VC-JWT).",
            content = @Content(mediaType = "application/vc+jwt", schema = @Schema(type = "string")))
    @Get("/api/certificates/{id}/credential")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> credential(UUID id, Caller caller) {
        CertificateFile file = files.credential(id, caller);
        return HttpResponse.ok(file.bytes()).contentType(MediaType.of("application/vc+jwt"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(file.openBadgeFileName()));
    }

    @Operation(summary = "The caller's own certificates.")
    @Get("/api/me/certificates")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<CertificateView> mine(Caller caller) {
        return certificates.mine(caller);
    }

    @Operation(summary = "One certificate record.")
    @Get("/api/certificates/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    CertificateView get(UUID id, Caller caller) {
        return certificates.get(id, caller);
    }

    /** Issues for those who meet the course rule (re-checked now: attendance may just have been marked). */
    @Operation(summary = "Issues certificates to the listed learners who meet the course rule.")
    @Post("/api/courses/{courseId}/certificates")
    @Secured({"TRAINER", "ADMIN"})
    IssueReport issue(UUID courseId, @Body @Valid IssueRequest body, Caller caller, HttpRequest<?> request) {
        return worded(certificates.issueForCourse(courseId, body.userIds(), caller), request);
    }

    @Operation(summary = "Certificates issued for a course.")
    @Get("/api/courses/{courseId}/certificates")
    @Secured({"TRAINER", "ADMIN"})
    List<CertificateView> ofCourse(UUID courseId, Caller caller) {
        return certificates.ofCourse(courseId, caller);
    }

    /** Issues for the members of a blended cohort who meet the rule (attendance and results); reports the others. */
    @Operation(summary = "Issues certificates to the members of a blended cohort who meet the rule.")
    @Post("/api/courses/{courseId}/cohorts/{cohortId}/certificates")
    @Secured({"TRAINER", "ADMIN"})
    IssueReport issueForCohort(UUID courseId, UUID cohortId, Caller caller, HttpRequest<?> request) {
        return worded(certificates.issueForCohort(courseId, cohortId, caller), request);
    }

    /** The refusal reasons in the caller's language. */
    private IssueReport worded(IssueReport report, HttpRequest<?> request) {
        Locale locale = locales.of(request);
        return report.worded((key, args) -> messages.get(locale, key, args));
    }

    @Operation(summary = "Revokes a certificate, with a reason.")
    @Post("/api/certificates/{id}/revoke")
    @Secured({"TRAINER", "ADMIN"})
    CertificateView revoke(UUID id, @Body @Valid ReasonRequest body, Caller caller) {
        return certificates.revoke(id, body.reason(), caller);
    }

    @Operation(summary = "Reissues a certificate, with a reason.")
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post("/api/certificates/{id}/reissue")
    @Secured({"TRAINER", "ADMIN"})
    HttpResponse<CertificateView> reissue(UUID id, @Body @Valid ReasonRequest body, Caller caller) {
        return HttpResponse.created(certificates.reissue(id, body.reason(), caller));
    }

    @Serdeable
    record IssueRequest(@NotNull @Size(min = 1, max = 2000) List<@NotNull UUID> userIds) {
    }

    @Serdeable
    record ReasonRequest(@NotNull @Size(min = 1, max = 1000) String reason) {
    }
}
