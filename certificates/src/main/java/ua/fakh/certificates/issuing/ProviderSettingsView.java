package ua.fakh.certificates.issuing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A provider's certificate settings as the administrator sees them, with an example of the next
 * registration number and who the current signing key belongs to.
 */
@Serdeable
public record ProviderSettingsView(UUID providerId, String providerName, String signatoryName, String signatoryPosition,
                                   @Nullable String signatoryNameEn, @Nullable String signatoryPositionEn,
                                   String serialPattern, String providerCode, String serialExample, String primaryColor,
                                   String accentColor, boolean hasLogo, SigningKey signingKey) {

    /** The key that signs this provider's next certificates: its certificate's subject, issuer and expiry. */
    @Serdeable
    public record SigningKey(String keyId, String subject, String issuer, Instant notAfter, boolean imported) {
    }
}
