package ua.fakh.certificates.issuing.internal;

import jakarta.inject.Singleton;
import ua.fakh.certificates.spi.CertificateTemplate;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.storage.Blobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;

/**
 * A provider's issuing settings, with sensible defaults until an administrator sets them: the provider
 * itself as signatory, the EDRPOU code (or a short id) in the registration number.
 */
@Singleton
class ProviderSettings {
    private final ProviderSettingsRepository rows;
    private final Organizations organizations;
    private final Blobs blobs;
    private final Clock clock;

    ProviderSettings(ProviderSettingsRepository rows, Organizations organizations, Blobs blobs, Clock clock) {
        this.rows = rows;
        this.organizations = organizations;
        this.blobs = blobs;
        this.clock = clock;
    }

    ProviderSettingsRow of(UUID providerId) {
        return rows.findById(providerId).orElseGet(() -> defaults(organizations.get(providerId)));
    }

    /** The look of the provider's PDFs: its logo and colours. */
    CertificateTemplate template(UUID providerId) {
        ProviderSettingsRow row = of(providerId);
        return new CertificateTemplate(logo(row), row.primaryColor(), row.accentColor());
    }

    private byte[] logo(ProviderSettingsRow row) {
        if (row.logoBlobKey() == null) {
            return null;
        }
        try (InputStream in = blobs.store().read(row.logoBlobKey(), 0, -1)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ProviderSettingsRow defaults(OrganizationView provider) {
        String code = provider.edrpou() != null ? provider.edrpou() : provider.id().toString().substring(0, 8).toUpperCase();
        return new ProviderSettingsRow(provider.id(), provider.name(), "Уповноважена особа", SerialNumbers.DEFAULT_PATTERN,
                code, "#1F3A5F", "#C8A24A", null, clock.instant(), null, null);
    }
}
