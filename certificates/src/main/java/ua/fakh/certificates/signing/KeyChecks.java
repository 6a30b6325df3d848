package ua.fakh.certificates.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;

/** Checks shared by the ways a key enters Fakh. */
final class KeyChecks {
    private KeyChecks() {
    }

    /**
     * Signs a probe with the key and checks it with the certificate.
     *
     * @throws IllegalArgumentException when they do not belong together or the key type is not supported
     */
    static void requireMatching(PrivateKey key, X509Certificate certificate) {
        KeyAlgorithm algorithm = KeyAlgorithm.of(key);
        byte[] probe = "fakh key check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(algorithm.signatureAlgorithm());
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm.signatureAlgorithm());
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            if (verifier.verify(signature)) {
                return;
            }
        } catch (GeneralSecurityException e) {
            // falls through to the refusal below
        }
        throw new IllegalArgumentException("The private key does not belong to the certificate "
                + certificate.getSubjectX500Principal());
    }
}
