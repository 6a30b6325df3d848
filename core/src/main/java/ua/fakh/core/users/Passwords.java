package ua.fakh.core.users;

import java.security.SecureRandom;

/** Password rules shared by the API, the pages and the CSV import. */
public final class Passwords {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /**
     * 16 characters without look-alikes (no 0/O, 1/l/I), about 93 bits: for the installation's own
     * accounts, printed once at start (the first administrator, the demo people). Nobody else's
     * password is ever chosen for them: accounts created by people start with an invitation.
     */
    public static String generate() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
