package ua.fakh.courses.plugins.qformat_gift;

/**
 * The text of a GIFT file made ready for reading: no byte order mark, {@code \n} line ends, plain
 * spaces for non-breaking ones (a bank pasted from a word processor has them around {@code =} and
 * {@code ~}), and every escaped character ({@code \~ \= \# \{ \} \: \\ \n}, and {@code \>} to keep
 * {@code ->} from splitting a pair) replaced by a placeholder from Unicode's private use area. The
 * reader then finds structure with plain {@code indexOf}, and {@link #unescape} turns the
 * placeholders back into the characters they stand for.
 */
final class GiftSource {
    private static final char BASE = '\uE000';
    private static final String ESCAPABLE = "~=#{}:>\\";

    private GiftSource() {
    }

    static String prepare(String text) {
        if (text == null) {
            return "";
        }
        String clean = text.replace("\uFEFF", "").replace("\u200B", "")
                .replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ');
        StringBuilder out = new StringBuilder(clean.length());
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            char next = i + 1 < clean.length() ? clean.charAt(i + 1) : 0;
            if (c == '\\' && next != 0 && ESCAPABLE.indexOf(next) >= 0) {
                out.append(placeholder(next));
                i++;
            } else if (c == '\\' && next == 'n') {
                out.append(placeholder('\n'));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= BASE && c < BASE + 0x80 ? (char) (c - BASE) : c);
        }
        return out.toString();
    }

    private static char placeholder(char c) {
        return (char) (BASE + c);
    }
}
