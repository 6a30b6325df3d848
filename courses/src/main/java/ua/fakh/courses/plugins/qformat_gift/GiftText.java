package ua.fakh.courses.plugins.qformat_gift;

import java.util.regex.Pattern;

/** Turns a piece of a question (with placeholders still in) into the text a learner reads. */
final class GiftText {
    /** Moodle's format markers: accepted and dropped. HTML stays as written; the renderer sanitises it. */
    private static final Pattern FORMAT_MARKER = Pattern.compile("^\\[(markdown|html|plain|moodle)]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Text that opens with an HTML element (or comment) was written as HTML, not Markdown. */
    private static final Pattern HTML_START = Pattern.compile("^\\s*<(?:[a-zA-Z][a-zA-Z0-9-]*[\\s/>]|!--)");

    private GiftText() {
    }

    /** Question text or feedback: may span lines; trimmed (also of an escaped line break at either end). */
    static String block(String raw) {
        return GiftSource.unescape(FORMAT_MARKER.matcher(raw.strip()).replaceFirst("").strip()).strip();
    }

    /** Whether the text would lose its start to {@link #block} as a format marker. */
    static boolean startsWithMarker(String text) {
        return FORMAT_MARKER.matcher(text).lookingAt();
    }

    /**
     * The format marker a question's text is written with: {@code [html]} for text that starts as
     * HTML, {@code [markdown]} for the rest (Fakh's question text is Markdown, which may hold HTML).
     */
    static String marker(String text) {
        return text != null && HTML_START.matcher(text).lookingAt() ? "[html]" : "[markdown]";
    }

    /** An answer, one side of a pair, a title: one line, runs of spaces and line breaks made one space. */
    static String inline(String raw) {
        return block(SPACES.matcher(raw).replaceAll(" "));
    }

    /** Feedback after {@code #}; null when there is none. */
    static String optional(String raw) {
        String text = block(raw);
        return text.isEmpty() ? null : text;
    }
}
