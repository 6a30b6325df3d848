package ua.fakh.courses.analytics.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

import java.util.regex.Pattern;

/** A question's wording as one line of plain text, at most {@link #LENGTH} characters: Markdown and tags taken out. */
final class QuestionExcerpt {
    static final int LENGTH = 120;
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer RENDERER = TextContentRenderer.builder().build();
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private QuestionExcerpt() {
    }

    static String of(String markdown) {
        String text = TAG.matcher(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown))).replaceAll(" ")
                .replaceAll("\\s+", " ").strip();
        if (text.length() <= LENGTH) {
            return text;
        }
        String cut = text.substring(0, LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        return (space > LENGTH / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }
}
