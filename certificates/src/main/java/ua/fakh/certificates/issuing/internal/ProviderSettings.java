package ua.fakh.certificates.issuing.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;

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
    private final Clock clock;

    ProviderSettings(ProviderSettingsRepository rows, Organizations organizations, Clock clock) {
        this.rows = rows;
        this.organizations = organizations;
        this.clock = clock;
    }

    ProviderSettingsRow of(UUID providerId) {
        return rows.findById(providerId).orElseGet(() -> defaults(organizations.get(providerId)));
    }

    private ProviderSettingsRow defaults(OrganizationView provider) {
        String code = provider.edrpou() != null ? provider.edrpou() : provider.id().toString().substring(0, 8).toUpperCase();
        return new ProviderSettingsRow(provider.id(), provider.name(), "Уповноважена особа", SerialNumbers.DEFAULT_PATTERN,
                code, "#1F3A5F", "#C8A24A", null, clock.instant());
    }
}
