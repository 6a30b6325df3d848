package ua.fakh.certificates.issuing;

import ua.fakh.core.security.Caller;

import java.util.UUID;

/**
 * How a provider's certificates are signed, numbered and drawn: the signatory (Ukrainian and English),
 * the registration-number pattern, colours, logo and signing key. Administrators only. Changes apply to
 * certificates issued afterwards; those already issued keep their snapshot.
 */
public interface ProviderCertificateSettings {

    ProviderSettingsView get(UUID providerId, Caller admin);

    /** @throws ua.fakh.core.errors.ValidationException (400) naming the wrong fields; nothing is saved then */
    ProviderSettingsView update(UUID providerId, ProviderSettingsChange change, Caller admin);

    /** A PNG or JPEG of at most {@link #MAX_LOGO_BYTES}, checked by its content; anything else is refused (422). */
    ProviderSettingsView uploadLogo(UUID providerId, byte[] image, Caller admin);

    ProviderSettingsView removeLogo(UUID providerId, Caller admin);

    /** The operator's PKCS#12 key signs the provider's certificates from now on; a wrong password or file is refused (422). */
    ProviderSettingsView importSigningKey(UUID providerId, byte[] pkcs12, char[] password, Caller admin);

    /**
     * Revokes the provider's current signing key (audited): its certificate goes on the installation CA's CRL,
     * OCSP answers revoked, and a new key signs the provider's next certificates. The view shows the new key.
     */
    ProviderSettingsView revokeSigningKey(UUID providerId, Caller admin);

    int MAX_LOGO_BYTES = 512 * 1024;
    int MAX_PKCS12_BYTES = 256 * 1024;
}
