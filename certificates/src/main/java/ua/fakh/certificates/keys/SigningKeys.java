package ua.fakh.certificates.keys;

import ua.fakh.certificates.spi.SigningIdentity;

import java.util.List;
import java.util.UUID;

/**
 * The installation's signing keys, kept encrypted in the database so every node has them: an
 * installation CA made on first use, and under it one signing key per provider (or a key the
 * operator imported, e.g. a qualified e-seal).
 */
public interface SigningKeys {

    /** The provider's newest key: an imported one once there is one, else one made under the installation CA. */
    SigningIdentity forProvider(UUID providerId);

    /**
     * Stores the operator's PKCS#12 key (e.g. a qualified e-seal) as the provider's signing key from now on;
     * earlier keys stay published so what they signed still verifies.
     *
     * @throws ua.fakh.certificates.signing.InvalidSigningKeyException (422) a wrong password, not a PKCS#12
     *                                                                 file, no usable signing key in it
     */
    SigningIdentity importForProvider(UUID providerId, byte[] pkcs12, char[] password);

    /** The installation CA: it certifies the providers' signing keys; it signs no credential or status list itself. */
    SigningIdentity authority();

    /** Every active signing key, for {@code /.well-known/jwks.json}. */
    List<SigningIdentity> published();
}
