package ua.fakh.web.verify;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
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
import ua.fakh.core.errors.PayloadTooLargeException;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /verify/{code}}: where the QR code on a certificate leads. No account needed; shows the
 * status and every field the PDF prints, and lets HR upload the PDF it received to learn whether it
 * is exactly the one issued. {@code /verify} finds a certificate by code, or by registration number and
 * the holder's surname. Every lookup draws from the {@link PublicCheckLimit}.
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

    /** The lookup form; with {@code ?code=} or {@code ?number=&name=} the certificate found, or a 404 page saying none is. */
    @Get
    HttpResponse<?> lookup(@Nullable @QueryValue String code, @Nullable @QueryValue String number,
                           @Nullable @QueryValue String name, PageContext page, HttpRequest<?> request) {
        if (!blank(code)) {
            return verify(code.strip(), page, request);
        }
        if (blank(number) && blank(name)) {
            return HttpResponse.ok(Views.view("verify/lookup", page, LookupModel.empty()));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(number)) {
            errors.put("number", page.t("verify.lookup.numberMissing"));
        }
        if (blank(name)) {
            errors.put("name", page.t("verify.lookup.nameMissing"));
        }
        LookupModel asked = new LookupModel("", value(number), value(name), errors, null);
        if (!errors.isEmpty()) {
            return HttpResponse.badRequest(Views.view("verify/lookup", page, asked));
        }
        limit.take(addresses.resolve(request), 1);
        return certificates.checkByNumber(number, name)
                .<HttpResponse<?>>map(found -> HttpResponse.ok(Views.view("verify/certificate", page,
                        new VerifyModel(found.verificationCode(), found, null, null))))
                .orElseGet(() -> notFound(page, new LookupModel("", asked.number(), asked.name(), Map.of(), "number")));
    }

    @Get("/{code}")
    HttpResponse<?> verify(String code, PageContext page, HttpRequest<?> request) {
        limit.take(addresses.resolve(request), 1);
        return certificates.check(code)
                .<HttpResponse<?>>map(found -> HttpResponse.ok(Views.view("verify/certificate", page,
                        new VerifyModel(found.verificationCode(), found, null, null))))
                .orElseGet(() -> unknownCode(code, page));
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
        var found = certificates.check(code);
        if (found.isEmpty()) {
            return unknownCode(code, page);
        }
        var certificate = found.get();
        byte[] bytes;
        try {
            bytes = read(body);
        } catch (PayloadTooLargeException tooLarge) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(Views.view("verify/certificate", page,
                    new VerifyModel(code, certificate, null, page.t("verify.upload.tooLarge"))));
        }
        if (bytes.length == 0) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("verify/certificate", page,
                    new VerifyModel(code, certificate, null, page.t("verify.upload.missing"))));
        }
        var match = certificates.checkPdf(code, bytes);
        if (match.isEmpty()) {
            return unknownCode(code, page);
        }
        return HttpResponse.ok(Views.view("verify/certificate", page, new VerifyModel(code, certificate, match.get(), null)));
    }

    /** "No certificate has this code", with the forms to try again: what HR needs, not the generic 404 page. */
    private static HttpResponse<?> unknownCode(String code, PageContext page) {
        return notFound(page, new LookupModel(code.length() > 60 ? code.substring(0, 60) : code, "", "", Map.of(), "code"));
    }

    private static HttpResponse<?> notFound(PageContext page, LookupModel model) {
        return HttpResponse.status(HttpStatus.NOT_FOUND).body(Views.view("verify/lookup", page, model));
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static String value(@Nullable String value) {
        return value == null ? "" : value.strip();
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
                            "problem.pdf.atMostMb", Certificates.MAX_CHECKED_PDF_BYTES / (1024 * 1024)));
                }
            }
        }
        return pdf;
    }
}
