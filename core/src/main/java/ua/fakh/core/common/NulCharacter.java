package ua.fakh.core.common;

/**
 * U+0000 in text. PostgreSQL cannot store it in a text column (H2 can), so Fakh refuses it as
 * invalid input everywhere, and the same way on both databases: in requests (one filter in core) and
 * in the rows of uploaded files (each importer reports such a row as an error).
 */
public final class NulCharacter {
    /** The field message of a refused value, for reports that are not localised (import rows). */
    public static final String MESSAGE = "must not contain the NUL character (U+0000)";

    private NulCharacter() {
    }

    public static boolean in(CharSequence text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\0') {
                return true;
            }
        }
        return false;
    }

    public static boolean inAny(Iterable<? extends CharSequence> texts) {
        for (CharSequence text : texts) {
            if (in(text)) {
                return true;
            }
        }
        return false;
    }
}
