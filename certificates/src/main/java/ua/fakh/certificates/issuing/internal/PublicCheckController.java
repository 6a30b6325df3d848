package ua.fakh.certificates.issuing.internal;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ua.fakh.certificates.issuing.Certificates;
import ua.fakh.certificates.issuing.PdfMatch;
import ua.fakh.certificates.issuing.PublicCheckLimit;
import ua.fakh.certificates.issuing.PublicCertificate;
import ua.fakh.core.common.SizeLimitedInputStream;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.PayloadTooLargeException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The check HR runs without an account: one code, or up to 100 at once; rate-limited per client address. */
@ApiProblems.Public
@Controller("/api/public/certificates")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class PublicCheckController {
    static final int MAX_BATCH = 100;

    private final Certificates certificates;
    private final HttpClientAddressResolver addresses;
    private final PublicCheckLimit limit;

    PublicCheckController(Certificates certificates, HttpClientAddressResolver addresses, PublicCheckLimit limit) {
        this.certificates = certificates;
        this.addresses = addresses;
        this.limit = limit;
    }

    @Operation(summary = "Checks one certificate by its public code.", security = {})
    @Get("/{code}")
    PublicCertificate check(String code, HttpRequest<?> request) {
        throttle(request, 1);
        return certificates.check(code).orElseThrow(() -> new NotFoundException("problem.certificate.unknownCode"));
    }

    /**
     * HR uploads the PDF it received ({@code application/pdf} body): exactly the one issued, and signed?
     * The body streams in and is refused with 413 past {@link Certificates#MAX_CHECKED_PDF_BYTES}, whatever
     * its {@code Content-Length} said (or did not say, when chunked).
     */
    @Operation(summary = "Checks that an uploaded PDF is the genuine certificate with this code.", security = {})
    @ApiProblems.Upload
    @Post(value = "/{code}/pdf", consumes = "application/pdf")
    PdfMatch checkPdf(String code, @Body InputStream pdf, HttpRequest<?> request) throws IOException {
        throttle(request, 1);
        byte[] bytes;
        try (pdf) {
            bytes = SizeLimitedInputStream.readAtMost(pdf, Certificates.MAX_CHECKED_PDF_BYTES, () -> new PayloadTooLargeException(
                    "problem.pdf.atMostMb", Certificates.MAX_CHECKED_PDF_BYTES / (1024 * 1024)));
        }
        return certificates.checkPdf(code, bytes).orElseThrow(() -> new NotFoundException("problem.certificate.unknownCode"));
    }

    /** One answer per code, in order: {@code {code, found, certificate?}}. Counts as one request per code. */
    @Operation(summary = "Checks several certificate codes at once.", security = {})
    @Post("/verify")
    List<BatchAnswer> verify(@Body @Valid BatchRequest body, HttpRequest<?> request) {
        throttle(request, body.codes().size());
        return body.codes().stream().map(code -> {
            var found = certificates.check(code);
            return new BatchAnswer(code, found.isPresent(), found.orElse(null));
        }).toList();
    }

    private void throttle(HttpRequest<?> request, int checks) {
        limit.take(addresses.resolve(request), checks);
    }

    @Serdeable
    record BatchRequest(@NotNull @Size(min = 1, max = MAX_BATCH) List<@NotNull @Size(max = 60) String> codes) {
    }

    @Serdeable
    record BatchAnswer(String code, boolean found, PublicCertificate certificate) {
    }
}
