package ua.fakh.certificates.signing;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import ua.fakh.certificates.spi.CredentialException;
import ua.fakh.certificates.spi.SigningIdentity;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Encrypts a signing key with its certificate chain for a database row, and back. AES-256-GCM under a
 * key derived with HKDF-SHA256 from the installation's master secret and a random salt per value; a
 * random 96-bit IV; the format header is authenticated too. Any change to the stored value, or another
 * master secret, makes {@link #decrypt} fail instead of returning a wrong key.
 *
 * <p>Stored form: {@code "FKK1" | salt(16) | iv(12) | ciphertext+tag}; as a string, {@value #PREFIX}
 * followed by that in base64url. Thread-safe.
 */
public final class KeyEncryption {
    public static final String PREFIX = "fakh-key-v1.";
    private static final byte[] MAGIC = "FKK1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INFO = "fakh signing key encryption v1".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MIN_SECRET_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] masterSecret;

    /** @param masterSecret at least 32 characters of a high-entropy secret (HKDF does not stretch passwords) */
    public KeyEncryption(String masterSecret) {
        if (masterSecret == null || masterSecret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("The master secret must have at least " + MIN_SECRET_LENGTH + " characters");
        }
        this.masterSecret = masterSecret.getBytes(StandardCharsets.UTF_8);
    }

    public byte[] encrypt(SigningIdentity identity) {
        byte[] salt = random(SALT_BYTES);
        byte[] iv = random(IV_BYTES);
        byte[] plain = KeyBundle.write(identity);
        try {
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, salt, iv).doFinal(plain);
            return ByteBuffer.allocate(MAGIC.length + SALT_BYTES + IV_BYTES + sealed.length)
                    .put(MAGIC).put(salt).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** {@link #encrypt(SigningIdentity)} as text for a {@code text} column. */
    public String encryptToString(SigningIdentity identity) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(encrypt(identity));
    }

    /** @throws CredentialException when the value was altered or encrypted under another master secret */
    public SigningIdentity decrypt(byte[] stored) {
        if (stored.length <= MAGIC.length + SALT_BYTES + IV_BYTES
                || !Arrays.equals(MAGIC, Arrays.copyOf(stored, MAGIC.length))) {
            throw new CredentialException("Not an encrypted signing key", null);
        }
        ByteBuffer in = ByteBuffer.wrap(stored, MAGIC.length, stored.length - MAGIC.length);
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        in.get(salt).get(iv);
        byte[] plain = null;
        try {
            plain = cipher(Cipher.DECRYPT_MODE, salt, iv).doFinal(stored, in.position(), in.remaining());
            return KeyBundle.read(plain);
        } catch (GeneralSecurityException e) {
            throw new CredentialException("The signing key cannot be decrypted: it was altered, "
                    + "or encrypted under another master secret", e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    /** @see #decrypt(byte[]) */
    public SigningIdentity decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new CredentialException("Not an encrypted signing key", null);
        }
        try {
            return decrypt(Base64.getUrlDecoder().decode(stored.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            throw new CredentialException("Not an encrypted signing key", e);
        }
    }

    private Cipher cipher(int mode, byte[] salt, byte[] iv) throws GeneralSecurityException {
        byte[] key = new byte[32];
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(masterSecret, salt, INFO));
        hkdf.generateBytes(key, 0, key.length);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(MAGIC);
        Arrays.fill(key, (byte) 0);
        return cipher;
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
