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

    SigningIdentity forProvider(UUID providerId);

    /** The CA: it signs the published status list. */
    SigningIdentity authority();

    /** Every active signing key, for {@code /.well-known/jwks.json}. */
    List<SigningIdentity> published();
}
