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

    /** Whether JSON text holds U+0000 raw or as its JSON escape (backslash, "u0000"; an escaped backslash before "u0000" does not count). */
    public static boolean inJson(CharSequence json) {
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\0') {
                return true;
            }
            if (c == '\\' && i + 1 < json.length()) {
                if (json.charAt(i + 1) == 'u' && i + 5 < json.length() && "0000".contentEquals(json.subSequence(i + 2, i + 6))) {
                    return true;
                }
                i++; // the escaped character
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
