package ua.fakh.certificates.signing;

import ua.fakh.certificates.spi.SigningIdentity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;

/** The plaintext {@link KeyEncryption} seals: key id, key algorithm, PKCS#8 key, DER certificates. */
final class KeyBundle {
    private static final int MAX_CHAIN = 10;

    private KeyBundle() {
    }

    static byte[] write(SigningIdentity identity) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(identity.keyId());
            out.writeUTF(identity.privateKey().getAlgorithm());
            writeBlock(out, identity.privateKey().getEncoded());
            out.writeInt(identity.chain().size());
            for (X509Certificate certificate : identity.chain()) {
                writeBlock(out, certificate.getEncoded());
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The signing key cannot be encoded", e);
        }
        return bytes.toByteArray();
    }

    static SigningIdentity read(byte[] plain) throws GeneralSecurityException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            String keyId = in.readUTF();
            String algorithm = in.readUTF();
            var key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(readBlock(in)));
            int count = in.readInt();
            if (count < 1 || count > MAX_CHAIN) {
                throw new GeneralSecurityException("Bad certificate count " + count);
            }
            CertificateFactory x509 = CertificateFactory.getInstance("X.509");
            List<X509Certificate> chain = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                chain.add((X509Certificate) x509.generateCertificate(new ByteArrayInputStream(readBlock(in))));
            }
            return new SigningIdentity(keyId, key, List.copyOf(chain));
        } catch (IOException e) {
            throw new GeneralSecurityException("Truncated signing key", e);
        }
    }

    private static void writeBlock(DataOutputStream out, byte[] block) throws IOException {
        out.writeInt(block.length);
        out.write(block);
    }

    private static byte[] readBlock(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("Bad length " + length);
        }
        return in.readNBytes(length);
    }
}
