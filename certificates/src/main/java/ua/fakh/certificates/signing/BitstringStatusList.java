package ua.fakh.certificates.signing;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.micronaut.core.annotation.Nullable;
import ua.fakh.certificates.spi.SigningIdentity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The W3C Bitstring Status List v1.0 for revocation: bit {@code i} set means the credential whose
 * {@code credentialStatus.statusListIndex} is {@code i} is revoked. Bit 0 is the most significant bit of
 * the first byte; the list has at least {@value #MINIMUM_LENGTH} bits (16 KiB), so one revocation hides
 * among many; {@code encodedList} is multibase base64url (prefix {@code u}, no padding) of the GZIP of the bits.
 */
public final class BitstringStatusList {
    public static final int MINIMUM_LENGTH = 131_072;
    public static final String REVOCATION = "revocation";
    private static final int MAX_DECODED_BYTES = 16 * 1024 * 1024;

    private BitstringStatusList() {
    }

    /** {@code encodedList} of {@code revoked}, at least {@value #MINIMUM_LENGTH} bits, whole bytes. */
    public static String encode(BitSet revoked) {
        int bytes = (Math.max(MINIMUM_LENGTH, revoked.length()) + 7) / 8;
        byte[] bits = new byte[bytes];
        for (int i = revoked.nextSetBit(0); i >= 0; i = revoked.nextSetBit(i + 1)) {
            bits[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
    }

    /** The bits of an {@code encodedList}. @throws IllegalArgumentException when it is not one */
    public static BitSet decode(String encodedList) {
        String base64 = encodedList.startsWith("u") ? encodedList.substring(1) : encodedList;
        try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(base64)))) {
            byte[] bits = gzip.readNBytes(MAX_DECODED_BYTES + 1);
            if (bits.length > MAX_DECODED_BYTES) {
                throw new IllegalArgumentException("The status list is implausibly long");
            }
            BitSet set = new BitSet(bits.length * 8);
            for (int i = 0; i < bits.length * 8; i++) {
                if ((bits[i / 8] & (0x80 >>> (i % 8))) != 0) {
                    set.set(i);
                }
            }
            return set;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a bitstring status list: " + e.getMessage(), e);
        }
    }

    /** Whether bit {@code index} of an {@code encodedList} is set. */
    public static boolean isSet(String encodedList, long index) {
        return index < Integer.MAX_VALUE && decode(encodedList).get((int) index);
    }

    /** A credential's {@code credentialStatus}: a {@code BitstringStatusListEntry} for revocation. */
    public static Map<String, Object> entry(String statusListUrl, long index) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", statusListUrl + "#" + index);
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", REVOCATION);
        entry.put("statusListIndex", Long.toString(index));
        entry.put("statusListCredential", statusListUrl);
        return entry;
    }

    /**
     * The {@code BitstringStatusListCredential} published at {@code listUrl}.
     *
     * @param validUntil when verifiers should fetch it again at the latest; {@code null} for no limit
     */
    public static Map<String, Object> credential(String listUrl, String issuerId, BitSet revoked, Instant validFrom,
                                                 @Nullable Instant validUntil) {
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", listUrl + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", REVOCATION);
        subject.put("encodedList", encode(revoked));
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        credential.put("id", listUrl);
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", issuerId);
        credential.put("validFrom", validFrom.toString());
        if (validUntil != null) {
            credential.put("validUntil", validUntil.toString());
        }
        credential.put("credentialSubject", subject);
        return credential;
    }

    /** {@link #credential} as JSON ({@code application/vc}, unsigned). */
    public static String credentialJson(String listUrl, String issuerId, BitSet revoked, Instant validFrom,
                                        @Nullable Instant validUntil) {
        return JSONObjectUtils.toJSONString(credential(listUrl, issuerId, revoked, validFrom, validUntil));
    }

    /** {@link #credential} secured as a VC-JWT ({@value VcJwt#MEDIA_TYPE}). */
    public static String signedCredential(String listUrl, String issuerId, BitSet revoked, Instant validFrom,
                                          @Nullable Instant validUntil, SigningIdentity signing) {
        return VcJwt.sign(credential(listUrl, issuerId, revoked, validFrom, validUntil), signing);
    }
}
