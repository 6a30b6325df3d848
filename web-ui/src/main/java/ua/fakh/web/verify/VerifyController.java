package ua.fakh.web.verify;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.multipart.PartData;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import ua.fakh.certificates.issuing.Certificates;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.PayloadTooLargeException;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

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

    VerifyController(Certificates certificates) {
        this.certificates = certificates;
    }

    @Get("/{code}")
    HttpResponse<?> verify(String code, PageContext page) {
        var certificate = certificates.check(code).orElseThrow(() -> new NotFoundException("No certificate has this code"));
        return HttpResponse.ok(Views.view("verify", page, new VerifyModel(code, certificate, null, null)));
    }

    /**
     * The form's file part {@code pdf}, read as it streams: refused with 413 as soon as it passes
     * {@link Certificates#MAX_CHECKED_PDF_BYTES}, never held whole before that. The CSRF token
     * travels in the address (a multipart body is not read by the filter).
     */
    @Post("/{code}/pdf")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> checkPdf(String code, @Part("pdf") Publisher<PartData> pdf, PageContext page) throws IOException {
        var certificate = certificates.check(code).orElseThrow(() -> new NotFoundException("No certificate has this code"));
        byte[] bytes;
        try {
            bytes = read(pdf);
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

    /** The part's chunks as they arrive; each chunk's size is checked before it is copied into the heap. */
    private static byte[] read(Publisher<PartData> chunks) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        for (PartData chunk : Flux.from(chunks).toIterable(1)) {
            ByteBuffer bytes = chunk.getByteBuffer();
            if ((long) pdf.size() + bytes.remaining() > Certificates.MAX_CHECKED_PDF_BYTES) {
                throw new PayloadTooLargeException("The PDF is larger than " + Certificates.MAX_CHECKED_PDF_BYTES + " bytes");
            }
            byte[] copy = new byte[bytes.remaining()];
            bytes.get(copy);
            pdf.write(copy);
        }
        return pdf.toByteArray();
    }
}
