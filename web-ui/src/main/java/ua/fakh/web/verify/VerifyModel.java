package ua.fakh.web.verify;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.certificates.issuing.PdfMatch;
import ua.fakh.certificates.issuing.PublicCertificate;

/**
 * The check page of one certificate: the certificate, the answer about an uploaded PDF once HR sent one,
 * and what was wrong with the upload form ({@code pdfError}) when it was.
 */
public record VerifyModel(String code, PublicCertificate certificate, @Nullable PdfMatch match, @Nullable String pdfError) {
}
