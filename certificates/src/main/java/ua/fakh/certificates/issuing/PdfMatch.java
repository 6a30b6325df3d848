package ua.fakh.certificates.issuing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/**
 * HR uploaded the PDF it received: is it exactly the one issued under this code (same bytes), and is
 * its signature intact? {@code sameAsIssued} is the answer that matters; a valid signature alone
 * only says the file was signed by someone. The signature is judged by EU DSS (default policy, the
 * installation CA the only trust anchor).
 *
 * @param indication       DSS's verdict: TOTAL_PASSED, INDETERMINATE or TOTAL_FAILED; {@code null} when not signed
 * @param level            e.g. PAdES-BASELINE-LT: LT and LTA keep verifying after the signer's certificate expires
 * @param signedAt         the signing time the signature timestamp proves
 * @param signerValidThen  the signer's certificate was valid (not expired, not revoked) at {@code signedAt}
 */
@Serdeable
public record PdfMatch(boolean sameAsIssued, boolean signatureValid, @Nullable String signerName,
                       @Schema(type = "object") @Nullable PublicCertificate certificate, @Nullable String indication,
                       @Nullable String level, @Nullable Instant signedAt, boolean signerValidThen) {
}
