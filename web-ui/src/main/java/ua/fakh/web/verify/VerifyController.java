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
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.io.IOException;
import java.io.UncheckedIOException;

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
    static final int MAX_PDF_BYTES = 10 * 1024 * 1024;

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

    /** The form's file part {@code pdf}; the CSRF token travels in the address (a multipart body is not read by the filter). */
    @Post("/{code}/pdf")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> checkPdf(String code, @Body MultipartBody body, PageContext page, HttpRequest<?> request) {
        limit.take(addresses.resolve(request), 1);
        var certificate = certificates.check(code).orElseThrow(() -> new NotFoundException("No certificate has this code"));
        byte[] pdf = new byte[0];
        for (CompletedPart part : Flux.from(body).collectList().block()) {
            if (part.getName().equals("pdf")) {
                pdf = bytes(part);
            }
        }
        if (pdf.length == 0 || pdf.length > MAX_PDF_BYTES) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("verify", page,
                    new VerifyModel(code, certificate, null, page.t("verify.upload.missing"))));
        }
        var match = certificates.checkPdf(code, pdf).orElseThrow(() -> new NotFoundException("No certificate has this code"));
        return HttpResponse.ok(Views.view("verify", page, new VerifyModel(code, certificate, match, null)));
    }

    private static byte[] bytes(CompletedPart part) {
        try {
            return part.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
