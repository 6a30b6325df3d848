package ua.fakh.courses.plugins.qformat_gift;

/**
 * Writing text into GIFT so that it reads back the same, here and in other GIFT readers: every
 * character Moodle's GIFT docs call special ({@code ~ = # { } :}) and the backslash are escaped
 * wherever they appear, a line break inside an answer as {@code \\n}.
 */
final class GiftEscapes {
    private static final String SPECIAL = "\\~=#{}:";

    private GiftEscapes() {
    }

    /** A title: {@code ::} would end it. */
    static String title(String text) {
        return keepMarker(text, escape(text, SPECIAL).replace("\n", "\\n"));
    }

    /**
     * An answer, a side of a pair, feedback: every GIFT control character, and {@code ->}. An answer
     * that starts with {@code %} gets the question's format marker in front, or a reader would take
     * the start for a weight ({@code %50%}); GIFT has no escape for {@code %}.
     */
    static String answer(String text, String marker) {
        String escaped = escape(text, SPECIAL).replace("->", "-\\>").replace("\n", "\\n");
        return text.startsWith("%") ? marker + escaped : keepMarker(text, escaped);
    }

    /** Text that starts like a format marker ({@code [html]…}) gets one in front, so reading drops that one only. */
    private static String keepMarker(String text, String escaped) {
        return GiftText.startsWithMarker(text) ? "[markdown]" + escaped : escaped;
    }

    /**
     * Question text, escaped like an answer (HTML attributes, {@code a:b} and {@code #} included).
     * Line breaks stay, except where
     * the next line would end the question (blank) or become a comment or a new question
     * ({@code //}, {@code ::}, {@code $}): there the break is written as {@code \n}.
     */
    static String text(String text) {
        String[] lines = escape(text, SPECIAL).split("\n", -1);
        StringBuilder out = new StringBuilder();
        int lineStart = 0;
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i]);
            if (i + 1 < lines.length) {
                String next = lines[i + 1].strip();
                boolean safe = !out.substring(lineStart).isBlank() && !next.isEmpty()
                        && !next.startsWith("//") && !next.startsWith("::") && !next.startsWith("$");
                if (safe) {
                    out.append('\n');
                    lineStart = out.length();
                } else {
                    out.append("\\n");
                }
            }
        }
        return out.toString();
    }

    private static String escape(String text, String special) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (special.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
