package ua.fakh.certificates.signing;

import io.micronaut.core.annotation.Nullable;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * What {@link PdfSignatureCheck} found in a PDF. {@code valid} means: exactly the bytes of this file,
 * all of them but the signature value, are covered by a CMS signature that matches them and the
 * certificate it names. Whether that certificate is one this installation trusts is for the caller to
 * decide (compare {@link #signer()} with the published keys).
 *
 * @param valid        no problems found
 * @param problems     what is wrong, in English, empty when valid
 * @param sha256       hex SHA-256 of the whole file as given: what "is this the PDF we issued?" compares
 * @param signer       the signing certificate; {@code null} when none could be read
 * @param signerName   the signer's subject, Cyrillic kept ({@code C=UA,O=…,CN=…})
 * @param signedAt     the signing time the signature dictionary states ({@code /M})
 * @param notBefore    start of the signing certificate's validity
 * @param notAfter     end of the signing certificate's validity
 */
public record PdfSignatureReport(boolean valid, List<String> problems, String sha256, @Nullable X509Certificate signer,
                                 @Nullable String signerName, @Nullable Instant signedAt, @Nullable Instant notBefore,
                                 @Nullable Instant notAfter) {
}
