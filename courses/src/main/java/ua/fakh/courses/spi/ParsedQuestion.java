package ua.fakh.courses.spi;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * A question read by a {@link QuestionFormat}.
 *
 * @param line            where the question starts in the text (from 1; 0 when it did not come from a text)
 * @param category        the bank category, sub-categories separated by {@code /}; null when none
 * @param title           a short name for the bank (taken from the text when the file has none)
 * @param type            the question type's plugin id, e.g. {@code qtype_multichoice}
 * @param text            the question text, Markdown (or HTML, which the renderer sanitises)
 * @param definition      valid for {@code type}, not yet normalised
 * @param generalFeedback shown after the attempt whatever the answer; null when none
 * @param textFormat      how the text is written ({@link QuestionTextFormat}); when null or unknown, what the text looks like
 */
@Serdeable
public record ParsedQuestion(int line, String category, String title, String type, String text,
                             Map<String, Object> definition, String generalFeedback, String textFormat) {

    public ParsedQuestion {
        textFormat = QuestionTextFormat.of(textFormat, text);
    }

    /** A question whose text format is what the text looks like: HTML when it starts as HTML, else Markdown. */
    public ParsedQuestion(int line, String category, String title, String type, String text,
                          Map<String, Object> definition, String generalFeedback) {
        this(line, category, title, type, text, definition, generalFeedback, null);
    }

    public ParsedQuestion withLine(int newLine) {
        return new ParsedQuestion(newLine, category, title, type, text, definition, generalFeedback, textFormat);
    }
}
