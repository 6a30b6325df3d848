package ua.fakh.courses.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Ids of the parts of one question (choices, pairs). Not the application's UUIDs: these are short,
 * unique only within their question, and random — an id must not tell a learner in which order the
 * trainer wrote the choices (the right one first, often), which a counter or a time-ordered id would.
 */
public final class QuestionIds {
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private QuestionIds() {
    }

    public static boolean isWellFormed(String id) {
        return id != null && WELL_FORMED.matcher(id).matches();
    }

    /** A new random id of 8 characters that is not in {@code taken}. */
    public static String fresh(Set<String> taken) {
        while (true) {
            char[] id = new char[8];
            for (int i = 0; i < id.length; i++) {
                id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
            }
            String candidate = new String(id);
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * An id computed from a text the learner sees anyway (a matching question's right-hand side), so
     * it needs no storage and reveals nothing the text does not.
     */
    public static String derived(String prefix, String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
