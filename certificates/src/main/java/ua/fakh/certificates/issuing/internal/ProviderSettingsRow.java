package ua.fakh.certificates.issuing.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("provider_settings")
record ProviderSettingsRow(@Id UUID providerId, String signatoryName, String signatoryPosition, String serialPattern,
                           String providerCode, String primaryColor, String accentColor, @Nullable String logoBlobKey,
                           Instant updatedAt) {
}
