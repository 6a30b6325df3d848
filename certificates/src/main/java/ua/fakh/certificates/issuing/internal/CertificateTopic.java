package ua.fakh.certificates.issuing.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.notifications.NoticeTopic;

import java.util.UUID;

/** A message about a certificate (issued, expiring) is sent only while the certificate is not revoked. */
@Singleton
class CertificateTopic implements NoticeTopic {
    static final String NAME = "certificate";
    private final CertificateRepository certificates;

    CertificateTopic(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean stillHolds(UUID id) {
        return certificates.findById(id).map(row -> row.revokedAt() == null).orElse(false);
    }
}
