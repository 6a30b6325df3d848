package ua.fakh.certificates.keys;

import ua.fakh.certificates.spi.LongTermEvidence;
import ua.fakh.certificates.spi.SigningIdentity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The installation's signing keys, kept encrypted in the database so every node has them: an
 * installation CA made on first use, under it one signing key per provider (or a key the operator
 * imported, e.g. a qualified e-seal) and the installation's own timestamping key; the CA's revocation
 * list and OCSP answers about what it issued.
 */
public interface SigningKeys {

    /**
     * The provider's newest key that is not revoked: an imported one once there is one, else one made under
     * the installation CA (made anew when the newest lacks the CRL and OCSP addresses, or was revoked).
     */
    SigningIdentity forProvider(UUID providerId);

    /**
     * Stores the operator's PKCS#12 key (e.g. a qualified e-seal) as the provider's signing key from now on;
     * earlier keys stay published so what they signed still verifies.
     *
     * @throws ua.fakh.certificates.signing.InvalidSigningKeyException (422) a wrong password, not a PKCS#12
     *                                                                 file, no usable signing key in it
     */
    SigningIdentity importForProvider(UUID providerId, byte[] pkcs12, char[] password);

    /** The installation CA: it certifies the providers' signing keys and signs the CRL and OCSP answers; no credential or status list. */
    SigningIdentity authority();

    /** Every active signing key that is not revoked, for {@code /.well-known/jwks.json}. */
    List<SigningIdentity> published();

    /**
     * The timestamping authority, the CA's current CRL and the CA as trust anchor: what PDF signatures are
     * made PAdES-BASELINE-LT with. The TSA is {@code FAKH_TSA_URL}'s when set, else the installation's own.
     */
    LongTermEvidence evidence();

    /** An RFC 3161 reply (DER) of the installation's own TSA to a TimeStampReq (DER). */
    byte[] timestamp(byte[] timeStampRequest) throws java.io.IOException;

    /** The CA's current CRL (DER), at most a minute old on this node; every revoked key's certificate is on it. */
    byte[] revocationList();

    /** An RFC 6960 OCSP response (DER) to a request (DER), signed by the CA. */
    byte[] ocsp(byte[] request);

    /**
     * Revokes the provider's current signing key: its certificate goes on the CRL, OCSP says revoked, and the
     * next certificate is signed with a new key. Empty when the provider has no key yet.
     *
     * @return the revoked key's id
     */
    Optional<String> revokeForProvider(UUID providerId);
}
