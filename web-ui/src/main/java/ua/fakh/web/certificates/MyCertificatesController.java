package ua.fakh.web.certificates;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.certificates.issuing.CertificateDocuments;
import ua.fakh.certificates.issuing.CertificateFile;
import ua.fakh.certificates.issuing.Certificates;
import ua.fakh.core.config.FakhSettings;
import ua.fakh.core.security.Caller;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.util.UUID;

/**
 * {@code /certificates}: the learner's certificates with their documents and a link to share; the
 * document routes also serve trainers and HR (the service decides who may read which certificate).
 */
@Hidden
@Controller("/certificates")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MyCertificatesController {
    private final Certificates certificates;
    private final CertificateDocuments documents;
    private final FakhSettings settings;

    MyCertificatesController(Certificates certificates, CertificateDocuments documents, FakhSettings settings) {
        this.settings = settings;
        this.certificates = certificates;
        this.documents = documents;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> mine(PageContext ctx, Caller caller) {
        return HttpResponse.ok(Views.view("certificates/mine", ctx, new MyCertificatesModel(certificates.mine(caller), settings.publicUrl())));
    }

    @Get(value = "/{id}/pdf", produces = "application/pdf")
    HttpResponse<byte[]> pdf(UUID id, Caller caller) {
        CertificateFile file = documents.pdf(id, caller);
        return Downloads.attachment(file.bytes(), MediaType.of("application/pdf"), "certificate-" + file.serialNumber() + ".pdf");
    }

    /** The Open Badges 3.0 credential (a VC-JWT) to keep in a wallet or hand to another platform. */
    @Get(value = "/{id}/credential", produces = "application/vc+jwt")
    HttpResponse<byte[]> credential(UUID id, Caller caller) {
        CertificateFile file = documents.credential(id, caller);
        return Downloads.attachment(file.bytes(), MediaType.of("application/vc+jwt"), file.openBadgeFileName());
    }

    /** What the Open Badge of a certificate is, how to put it into a wallet, and the download. */
    @Get("/{id}/open-badge")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> openBadge(UUID id, Caller caller, PageContext ctx) {
        return HttpResponse.ok(Views.view("certificates/open_badge", ctx,
                new OpenBadgeModel(certificates.get(id, caller), settings.publicUrl())));
    }
}
