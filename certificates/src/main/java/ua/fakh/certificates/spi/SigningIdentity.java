package ua.fakh.certificates.spi;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A key that signs certificates, with its certificate chain (signing certificate first, then the
 * CA). {@code keyId} is the JWK {@code kid} published at {@code /.well-known/jwks.json}.
 */
public record SigningIdentity(String keyId, PrivateKey privateKey, List<X509Certificate> chain) {

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
