package ua.fakh.courses.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** A feed's token: 256 random bits, URL-safe; only its SHA-256 is stored (a long random token needs no slow hash). */
final class FeedTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private FeedTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException absent) {
            throw new IllegalStateException(absent);
        }
    }

    /** Whether a request's word could be a token at all (43 URL-safe characters): anything else is unknown at once. */
    static boolean wellFormed(String token) {
        return token.length() == 43 && token.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
    }
}
