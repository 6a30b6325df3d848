package ua.fakh.web.verify;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Flux;
import ua.fakh.certificates.issuing.Certificates;
import ua.fakh.certificates.issuing.PublicCheckLimit;
import ua.fakh.core.common.SizeLimitedInputStream;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.PayloadTooLargeException;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code /verify/{code}}: where the QR code on a certificate leads. No account needed; shows the
 * status and every field the PDF prints, and lets HR upload the PDF it received to learn whether it
 * is exactly the one issued.
 */
@Hidden
@Controller("/verify")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class VerifyController {
    private final Certificates certificates;
    private final PublicCheckLimit limit;
    private final HttpClientAddressResolver addresses;

    VerifyController(Certificates certificates, PublicCheckLimit limit, HttpClientAddressResolver addresses) {
        this.certificates = certificates;
        this.limit = limit;
        this.addresses = addresses;
    }

    @Get("/{code}")
    HttpResponse<?> verify(String code, PageContext page, HttpRequest<?> request) {
        limit.take(addresses.resolve(request), 1);
        var certificate = certificates.check(code).orElseThrow(() -> new NotFoundException("No certificate has this code"));
        return HttpResponse.ok(Views.view("verify", page, new VerifyModel(code, certificate, null, null)));
    }

    /**
     * The form's file part {@code pdf}: refused with 413 past {@link Certificates#MAX_CHECKED_PDF_BYTES},
     * never held whole in the heap. The CSRF token travels in the address (a multipart body is not
     * read by the filter).
     */
    @Post("/{code}/pdf")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> checkPdf(String code, @Body MultipartBody body, PageContext page, HttpRequest<?> request) throws IOException {
        limit.take(addresses.resolve(request), 1);
        var certificate = certificates.check(code).orElseThrow(() -> new NotFoundException("No certificate has this code"));
        byte[] bytes;
        try {
            bytes = read(body);
        } catch (PayloadTooLargeException tooLarge) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(Views.view("verify", page,
                    new VerifyModel(code, certificate, null, page.t("verify.upload.missing"))));
        }
        if (bytes.length == 0) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("verify", page,
                    new VerifyModel(code, certificate, null, page.t("verify.upload.missing"))));
        }
        var match = certificates.checkPdf(code, bytes).orElseThrow(() -> new NotFoundException("No certificate has this code"));
        return HttpResponse.ok(Views.view("verify", page, new VerifyModel(code, certificate, match, null)));
    }

    /**
     * The part {@code pdf}, at most {@link Certificates#MAX_CHECKED_PDF_BYTES}; empty when no file came.
     * Read as a whole body (not a typed {@code @Part}) because an empty or plain-text part named
     * {@code pdf} would leave a streamed binding waiting; a large part waits in the server's temporary
     * file (multipart threshold), never in the heap, and is refused unread past the limit.
     */
    private static byte[] read(MultipartBody body) throws IOException {
        byte[] pdf = new byte[0];
        List<CompletedPart> parts = Flux.from(body).collectList().block();
        for (CompletedPart part : parts == null ? List.<CompletedPart>of() : parts) {
            if (part.getName().equals("pdf")) {
                try (InputStream in = part.getInputStream()) {
                    pdf = SizeLimitedInputStream.readAtMost(in, Certificates.MAX_CHECKED_PDF_BYTES, () -> new PayloadTooLargeException(
                            "The PDF is larger than " + Certificates.MAX_CHECKED_PDF_BYTES + " bytes"));
                }
            }
        }
        return pdf;
    }
}
