package ua.fakh.certificates.issuing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * HR uploaded the PDF it received: is it exactly the one issued under this code (same bytes), and is
 * its signature intact? {@code sameAsIssued} is the answer that matters; a valid signature alone
 * only says the file was signed by someone.
 */
@Serdeable
public record PdfMatch(boolean sameAsIssued, boolean signatureValid, @Nullable String signerName,
                       @Schema(type = "object") @Nullable PublicCertificate certificate) {
}
