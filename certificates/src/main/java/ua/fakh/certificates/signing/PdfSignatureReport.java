package ua.fakh.certificates.signing;

import io.micronaut.core.annotation.Nullable;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * What EU DSS (default validation policy, the installation CA the only trust anchor) found in a PDF's
 * newest signature. {@code valid} means DSS said TOTAL_PASSED: the bytes are intact, the signer's chain
 * ends in the installation CA and the signer was valid (not revoked, not expired) at the time the
 * signature timestamp proves. Whether it is the PDF issued under a code is for the caller (compare
 * {@link #sha256()}).
 *
 * @param valid           DSS indication TOTAL_PASSED
 * @param problems        DSS's errors, in English, empty when valid
 * @param sha256          hex SHA-256 of the whole file as given: what "is this the PDF we issued?" compares
 * @param signer          the signing certificate; {@code null} when none could be read
 * @param signerName      the signer's subject, Cyrillic kept ({@code C=UA,O=…,CN=…})
 * @param signedAt        the signing time the signature claims ({@code /M})
 * @param notBefore       start of the signing certificate's validity
 * @param notAfter        end of the signing certificate's validity
 * @param indication      DSS indication: TOTAL_PASSED, INDETERMINATE or TOTAL_FAILED; {@code null} for no signature
 * @param subIndication   DSS sub-indication when not passed, e.g. NO_CERTIFICATE_CHAIN_FOUND
 * @param level           the signature's level, e.g. PAdES-BASELINE-LT
 * @param timestampedAt   the time the signature timestamp proves (its production time)
 * @param signerValidThen the signing certificate was within its validity at {@code timestampedAt}
 */
public record PdfSignatureReport(boolean valid, List<String> problems, String sha256, @Nullable X509Certificate signer,
                                 @Nullable String signerName, @Nullable Instant signedAt, @Nullable Instant notBefore,
                                 @Nullable Instant notAfter, @Nullable String indication, @Nullable String subIndication,
                                 @Nullable String level, @Nullable Instant timestampedAt, boolean signerValidThen) {
}
