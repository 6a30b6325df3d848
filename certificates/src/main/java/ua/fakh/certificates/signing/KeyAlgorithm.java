package ua.fakh.certificates.signing;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;

/**
 * The key types Fakh makes and accepts: RSA (made with 3072 bits) and EC P-256. RSA is the default:
 * every PDF reader checks it, and it signs JWS as RS256, the one algorithm Open Badges 3.0 requires.
 */
public enum KeyAlgorithm {
    RSA("SHA256withRSA", "RS256"),
    EC_P256("SHA256withECDSA", "ES256");

    private final String signatureAlgorithm;
    private final String jwsAlgorithm;

    KeyAlgorithm(String signatureAlgorithm, String jwsAlgorithm) {
        this.signatureAlgorithm = signatureAlgorithm;
        this.jwsAlgorithm = jwsAlgorithm;
    }

    /** The JCA name of the SHA-256 signature with this key type, e.g. {@code SHA256withRSA}. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    /** The JWS {@code alg} for this key type: {@code RS256} or {@code ES256}. */
    public String jwsAlgorithm() {
        return jwsAlgorithm;
    }

    /** A new key pair: RSA 3072 bits or EC on P-256. */
    public KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(this == RSA ? "RSA" : "EC");
            if (this == RSA) {
                generator.initialize(3072, new SecureRandom());
            } else {
                generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot make " + this + " keys", e);
        }
    }

    /**
     * The type of an existing private or public key.
     *
     * @throws IllegalArgumentException for anything but RSA (2048 bits or more) or EC P-256, e.g. the
     *                                  DSTU 4145 keys of some Ukrainian qualified certificates, which PDF readers cannot check
     */
    public static KeyAlgorithm of(Key key) {
        if (key instanceof RSAKey rsa) {
            if (rsa.getModulus().bitLength() < 2048) {
                throw new IllegalArgumentException("RSA keys shorter than 2048 bits are not accepted");
            }
            return RSA;
        }
        if (key instanceof ECKey ec && isP256(ec.getParams())) {
            return EC_P256;
        }
        throw new IllegalArgumentException("Unsupported key algorithm " + key.getAlgorithm()
                + ": only RSA (2048 bits or more) and EC P-256 keys can sign PDFs and credentials");
    }

    private static boolean isP256(ECParameterSpec params) {
        try {
            AlgorithmParameters p256 = AlgorithmParameters.getInstance("EC");
            p256.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec expected = p256.getParameterSpec(ECParameterSpec.class);
            return expected.getCurve().equals(params.getCurve()) && expected.getOrder().equals(params.getOrder())
                    && expected.getGenerator().equals(params.getGenerator());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
