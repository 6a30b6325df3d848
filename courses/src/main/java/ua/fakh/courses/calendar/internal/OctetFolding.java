package ua.fakh.courses.calendar.internal;

import java.nio.charset.StandardCharsets;

/**
 * RFC 5545 §3.1 folding: content lines of at most 75 octets, continued after CRLF and one space,
 * never splitting a UTF-8 character. biweekly folds at 75 characters, which for Cyrillic text makes
 * lines of up to 150 octets, so it writes unfolded lines and this folds them.
 */
final class OctetFolding {
    static final int LIMIT = 75;

    private OctetFolding() {
    }

    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split("\r\n", -1)) {
            if (!line.isEmpty()) {
                foldLine(line, out);
                out.append("\r\n");
            }
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > LIMIT) {
                out.append("\r\n ");
                octets = 1; // the space that continues the line
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }
}
