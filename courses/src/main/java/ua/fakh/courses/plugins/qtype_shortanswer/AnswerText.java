package ua.fakh.courses.plugins.qtype_shortanswer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a typed answer is compared with an accepted one: the same letters whichever way they were
 * typed. Composed Unicode (an {@code й} typed as {@code и} plus a breve), one apostrophe for
 * ʼ ' ’ ‘ ` (Ukrainian keyboards disagree on which one {@code зв'язок} takes), one double quote for
 * “ ” „ « », single spaces, no surrounding space, and lower case unless the question says otherwise.
 */
final class AnswerText {
    private static final Pattern APOSTROPHES = Pattern.compile("[\u02BC\u2019\u2018`\u00B4]");
    private static final Pattern QUOTES = Pattern.compile("[\u201C\u201D\u201E\u00AB\u00BB]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F\u2009\u200B]+");

    private AnswerText() {
    }

    static String normalise(String text, boolean caseSensitive) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        String plain = QUOTES.matcher(APOSTROPHES.matcher(composed).replaceAll("'")).replaceAll("\"");
        String spaced = SPACES.matcher(plain).replaceAll(" ").strip();
        return caseSensitive ? spaced : spaced.toLowerCase(Locale.ROOT);
    }
}
