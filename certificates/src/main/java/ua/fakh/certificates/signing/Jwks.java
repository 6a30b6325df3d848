package ua.fakh.certificates.signing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import io.micronaut.core.annotation.Nullable;
import ua.fakh.certificates.spi.SigningIdentity;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The public keys that sign credentials as a JWK Set ({@code /.well-known/jwks.json}): per key
 * {@code kid}, {@code kty}, {@code use: sig}, {@code alg}, the certificate chain in {@code x5c} and its
 * SHA-256 thumbprint in {@code x5t#S256}. Never contains private parts.
 *
 * <p>A key's published {@code kid} is a URL that answers with that one JWK ({@value #SINGLE_KEY_PATH}{@code <name>},
 * {@code application/jwk+json}), because Open Badges 3.0 asks for "a URI that can be dereferenced to an object of
 * type JWK". Keys are stored under their older name {@code {publicUrl}/.well-known/jwks.json#<name>} (a fragment of
 * the whole set); {@link #publishedKid} turns that into the single-key URL wherever a kid leaves the installation.
 */
public final class Jwks {
    public static final String SINGLE_KEY_PATH = "/.well-known/jwks/";
    private static final String SET_FRAGMENT = "/.well-known/jwks.json#";

    private Jwks() {
    }

    /** The kid credentials and the JWK Set carry for a stored key id: the single-key URL when it has a name. */
    public static String publishedKid(String keyId) {
        int at = keyId.indexOf(SET_FRAGMENT);
        return at < 0 ? keyId : keyId.substring(0, at) + SINGLE_KEY_PATH + keyId.substring(at + SET_FRAGMENT.length());
    }

    /** The {@code <name>} of a published kid ending in {@value #SINGLE_KEY_PATH}{@code <name>}, else {@code null}. */
    public static @Nullable String keyName(String keyId) {
        String published = publishedKid(keyId);
        int at = published.lastIndexOf(SINGLE_KEY_PATH);
        return at < 0 ? null : published.substring(at + SINGLE_KEY_PATH.length());
    }

    /** The JWK Set JSON of these identities' public keys. */
    public static String json(Collection<SigningIdentity> identities) {
        return jsonOf(identities.stream().map(Jwks::jwk).toList());
    }

    /** The JWK Set JSON of these keys, public parts only. */
    public static String jsonOf(Collection<JWK> keys) {
        return new JWKSet(List.copyOf(keys)).toString(true);
    }

    /** The public JWK of {@code identity}, under its {@linkplain #publishedKid published kid}. */
    public static JWK jwk(SigningIdentity identity) {
        return jwk(publishedKid(identity.keyId()), identity.chain());
    }

    /** The public JWK of the first certificate in {@code chain}, which goes into {@code x5c} whole. */
    public static JWK jwk(String keyId, List<X509Certificate> chain) {
        PublicKey key = chain.get(0).getPublicKey();
        KeyAlgorithm algorithm = KeyAlgorithm.of(key);
        try {
            List<Base64> x5c = new ArrayList<>();
            for (X509Certificate certificate : chain) {
                x5c.add(Base64.encode(certificate.getEncoded()));
            }
            Base64URL thumbprint = Base64URL.encode(MessageDigest.getInstance("SHA-256").digest(chain.get(0).getEncoded()));
            JWSAlgorithm alg = JWSAlgorithm.parse(algorithm.jwsAlgorithm());
            if (algorithm == KeyAlgorithm.RSA) {
                return new RSAKey.Builder((RSAPublicKey) key).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(alg)
                        .x509CertChain(x5c).x509CertSHA256Thumbprint(thumbprint).build();
            }
            return new ECKey.Builder(Curve.P_256, (ECPublicKey) key).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(alg)
                    .x509CertChain(x5c).x509CertSHA256Thumbprint(thumbprint).build();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The certificate of key " + keyId + " cannot be encoded", e);
        }
    }
}
