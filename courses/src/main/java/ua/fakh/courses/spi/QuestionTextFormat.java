package ua.fakh.courses.spi;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a question's text is written, as Moodle's text formats: {@code html}, {@code markdown},
 * {@code plain} (text as typed) or {@code moodle} (Moodle's "auto-format": text with line breaks).
 * Kept with the question so an export writes back the format the text came with.
 */
public final class QuestionTextFormat {
    public static final String HTML = "html";
    public static final String MARKDOWN = "markdown";
    public static final String PLAIN = "plain";
    public static final String MOODLE = "moodle";
    public static final List<String> ALL = List.of(HTML, MARKDOWN, PLAIN, MOODLE);
    /** For bean validation of a format given over HTTP. */
    public static final String PATTERN = "html|markdown|plain|moodle";
    /** Text that opens with an HTML element (or comment) was written as HTML, not Markdown. */
    private static final Pattern HTML_START = Pattern.compile("^\\s*<(?:[a-zA-Z][a-zA-Z0-9-]*[\\s/>]|!--)");

    private QuestionTextFormat() {
    }

    /**
     * The format a text has: the one given when it is one of {@link #ALL} (in any case), else
     * {@code html} for text that starts as HTML and {@code markdown} for the rest.
     */
    public static String of(String given, String text) {
        if (given != null && ALL.contains(given.toLowerCase(Locale.ROOT))) {
            return given.toLowerCase(Locale.ROOT);
        }
        return text != null && HTML_START.matcher(text).lookingAt() ? HTML : MARKDOWN;
    }

    /**
     * The text as a learner reads it: HTML sanitised, Markdown rendered (and sanitised), plain and
     * Moodle text escaped with its line breaks kept.
     */
    public static String html(String text, String format) {
        String kept = of(format, text);
        if (kept.equals(PLAIN) || kept.equals(MOODLE)) {
            String escaped = SafeHtml.escape(text == null ? "" : text.replace("\r\n", "\n"));
            return "<p>" + escaped.replace("\n", "<br>\n") + "</p>";
        }
        return SafeHtml.markdown(text);
    }
}
