package ua.fakh.certificates.issuing.internal;

import java.security.SecureRandom;

/**
 * Verification codes: 130 random bits written as 26 characters of Crockford's base32 in lower case
 * (no i, l, o, u: nothing to misread when HR types it from paper). Not derived from anything, so
 * codes cannot be enumerated to harvest names.
 */
final class VerificationCodes {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int LENGTH = 26;

    private VerificationCodes() {
    }

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    /** What a person typed: lower case, look-alikes mapped (o→0, i/l→1), spaces and dashes dropped. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : typed.strip().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'o' -> sb.append('0');
                case 'i', 'l' -> sb.append('1');
                case '-', ' ' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean looksValid(String code) {
        if (code.length() != LENGTH) {
            return false;
        }
        for (char c : code.toCharArray()) {
            if (new String(ALPHABET).indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
