package ua.fakh.courses.plugins.qformat_gift;

import ua.fakh.courses.spi.ParsedQuestion;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a piece of a question (with placeholders still in) into the text a learner reads. */
final class GiftText {
    /** Moodle's format markers: read into the question's text format and taken off the text. HTML stays as written; the renderer sanitises it. */
    private static final Pattern FORMAT_MARKER = Pattern.compile("^\\[(markdown|html|plain|moodle)]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

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

    /** The format marker a question's text is written with: its own text format ({@code [html]}, {@code [plain]}…). */
    static String marker(ParsedQuestion question) {
        return "[" + question.textFormat() + "]";
    }

    /** The format a question's text (after its title) is marked with, lower case; null when it has no marker. */
    static String format(String raw) {
        Matcher marker = FORMAT_MARKER.matcher(raw.strip());
        return marker.lookingAt() ? marker.group(1).toLowerCase(Locale.ROOT) : null;
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
