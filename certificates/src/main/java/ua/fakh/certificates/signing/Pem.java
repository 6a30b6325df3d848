package ua.fakh.certificates.signing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Certificate chains as PEM text, for a {@code text} column or a download, and back. */
public final class Pem {
    private static final Base64.Encoder LINES = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private Pem() {
    }

    public static String encode(List<X509Certificate> chain) {
        StringBuilder pem = new StringBuilder();
        try {
            for (X509Certificate certificate : chain) {
                pem.append("-----BEGIN CERTIFICATE-----\n").append(LINES.encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("A certificate cannot be encoded", e);
        }
        return pem.toString();
    }

    /** @throws IllegalArgumentException when the text holds no certificate or a damaged one */
    public static List<X509Certificate> decodeCertificates(String pem) {
        try {
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))) {
                chain.add((X509Certificate) certificate);
            }
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("No certificate in the PEM text");
            }
            return List.copyOf(chain);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not a PEM certificate chain", e);
        }
    }
}
