package ua.fakh.certificates.signing;

import ua.fakh.certificates.spi.SigningIdentity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads an operator's PKCS#12 file ({@code .p12}/{@code .pfx}), e.g. a provider's qualified electronic
 * seal, into a {@link SigningIdentity}. Of several keys it takes the first (by alias) whose certificate
 * allows signing, skipping encryption-only keys that Ukrainian key containers often hold too.
 */
public final class Pkcs12Import {
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private Pkcs12Import() {
    }

    /**
     * @param keyId the JWK {@code kid} to publish the key under
     * @throws InvalidSigningKeyException wrong password, not a PKCS#12 file, no signing key in it, a
     *                                    key Fakh cannot use (see {@link KeyAlgorithm#of}), or a key not matching its certificate
     */
    public static SigningIdentity read(byte[] pkcs12, char[] password, String keyId) {
        KeyStore store = open(pkcs12, password);
        try {
            List<String> aliases = new ArrayList<>(Collections.list(store.aliases()));
            Collections.sort(aliases);
            for (String alias : aliases) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate
                        && canSign(certificate)) {
                    return identity(store, alias, password, keyId);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new InvalidSigningKeyException("The PKCS#12 file could not be read: " + e.getMessage());
        }
        throw new InvalidSigningKeyException("The PKCS#12 file holds no private key for signing "
                + "(only certificates, or keys for encryption)");
    }

    private static KeyStore open(byte[] pkcs12, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
            return store;
        } catch (IOException e) {
            if (!isAscii(password)) {
                throw new InvalidSigningKeyException("Java reads PKCS#12 files only with passwords in Latin letters, "
                        + "digits and ASCII signs: export the key again with such a password");
            }
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new InvalidSigningKeyException("Wrong password for the PKCS#12 file");
            }
            throw new InvalidSigningKeyException("Not a PKCS#12 file (.p12/.pfx), or a damaged one");
        } catch (GeneralSecurityException e) {
            throw new InvalidSigningKeyException("The PKCS#12 file could not be read: " + e.getMessage());
        }
    }

    private static SigningIdentity identity(KeyStore store, String alias, char[] password, String keyId)
            throws GeneralSecurityException {
        PrivateKey key;
        try {
            key = (PrivateKey) store.getKey(alias, password);
        } catch (UnrecoverableKeyException e) {
            throw new InvalidSigningKeyException("Wrong password for the private key in the PKCS#12 file");
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : store.getCertificateChain(alias)) {
            chain.add((X509Certificate) certificate);
        }
        try {
            KeyChecks.requireMatching(key, chain.get(0));
        } catch (IllegalArgumentException e) {
            throw new InvalidSigningKeyException(e.getMessage());
        }
        return new SigningIdentity(keyId, key, List.copyOf(chain));
    }

    private static boolean isAscii(char[] password) {
        for (char c : password) {
            if (c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static boolean canSign(X509Certificate certificate) {
        boolean[] usage = certificate.getKeyUsage();
        return usage == null || usage[DIGITAL_SIGNATURE] || usage[NON_REPUDIATION];
    }
}
