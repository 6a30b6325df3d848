package ua.fakh.web.verify;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.certificates.issuing.PdfMatch;
import ua.fakh.certificates.issuing.PublicCertificate;

/** The verify page: the certificate, and the answer about an uploaded PDF once HR sent one. */
public record VerifyModel(String code, PublicCertificate certificate, @Nullable PdfMatch match, @Nullable String error) {
}
