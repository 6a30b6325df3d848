package ua.fakh.certificates.issuing.internal;

import jakarta.inject.Singleton;
import ua.fakh.certificates.keys.SigningKeys;
import ua.fakh.certificates.signing.PdfSignatureCheck;
import ua.fakh.certificates.signing.PdfSignatureReport;

/**
 * The public PDF check: EU DSS with the installation CA as the only trust anchor, and the CA's current
 * CRL so a key revoked since signing is seen (a signature timestamped before the revocation still passes).
 */
@Singleton
class PdfChecks {
    private final SigningKeys keys;

    PdfChecks(SigningKeys keys) {
        this.keys = keys;
    }

    PdfSignatureReport check(byte[] pdf) {
        var evidence = keys.evidence();
        return PdfSignatureCheck.check(pdf, evidence.trustAnchor(), evidence.revocations());
    }
}
