package ua.fakh.certificates.issuing;

import java.util.Optional;
import java.util.UUID;

/** The issuer profiles of the installation's providers, for anyone who dereferences a credential's issuer id. */
public interface IssuerProfiles {

    /** The provider's profile; empty when {@code providerId} is no provider. */
    Optional<IssuerProfile> find(UUID providerId);

    /** The profile as an Open Badges 3.0 {@code Profile} in JSON-LD. */
    String jsonLd(IssuerProfile profile);
}
