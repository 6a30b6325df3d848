package ua.fakh.certificates.issuing;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * A provider as the issuer of its credentials: what its issuer id URL ({@code {publicUrl}/issuers/{providerId}})
 * answers with.
 *
 * @param id         the issuer id credentials carry in {@code issuer.id} and {@code iss}
 * @param providerId the provider organisation
 * @param url        the installation's home page, where the provider's courses and certificate checks are
 * @param jwksUrl    the public keys that sign its credentials
 * @param verifyUrl  where anyone checks one of its certificates
 */
public record IssuerProfile(String id, UUID providerId, String name, @Nullable String nameEn, @Nullable String edrpou,
                            String url, String jwksUrl, String verifyUrl) {
}
