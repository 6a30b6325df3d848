package ua.fakh.certificates.keys.internal;

import jakarta.inject.Singleton;
import ua.fakh.certificates.keys.IssuerContexts;
import ua.fakh.certificates.keys.SigningKeys;
import ua.fakh.certificates.spi.CertificateTemplate;
import ua.fakh.certificates.spi.IssuerContext;
import ua.fakh.core.config.FakhSettings;

import java.util.UUID;

/**
 * A provider issues its certificates under its own id and key, so its revocation list is its own too: same
 * issuer, same key (verifiers, e.g. Digital Bazaar's vc-bitstring-status-list, require the list's issuer to be the
 * credential's).
 * The bits are the installation-wide status-list indexes.
 */
@Singleton
class InstallationIssuerContexts implements IssuerContexts {
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
                publicUrl + STATUS_LIST_PATH + providerId, statusListIndex, CertificateTemplate.standard(), keys.evidence());
    }
}
