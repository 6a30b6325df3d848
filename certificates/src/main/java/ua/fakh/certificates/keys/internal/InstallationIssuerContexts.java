package ua.fakh.certificates.keys.internal;

import jakarta.inject.Singleton;
import ua.fakh.certificates.keys.IssuerContexts;
import ua.fakh.certificates.keys.SigningKeys;
import ua.fakh.certificates.spi.CertificateTemplate;
import ua.fakh.certificates.spi.IssuerContext;
import ua.fakh.core.config.FakhSettings;

import java.util.UUID;

@Singleton
class InstallationIssuerContexts implements IssuerContexts {
    /** One revocation list for the installation; its bits are the certificates' status-list indexes. */
    static final String STATUS_LIST_PATH = "/api/public/status-lists/revocation";

    private final SigningKeys keys;
    private final FakhSettings settings;

    InstallationIssuerContexts(SigningKeys keys, FakhSettings settings) {
        this.keys = keys;
        this.settings = settings;
    }

    @Override
    public IssuerContext forCertificate(UUID providerId, long statusListIndex) {
        String publicUrl = settings.publicUrl().replaceAll("/+$", "");
        return new IssuerContext(publicUrl, providerId.toString(), keys.forProvider(providerId),
                publicUrl + STATUS_LIST_PATH, statusListIndex, CertificateTemplate.standard(), keys.evidence());
    }
}
