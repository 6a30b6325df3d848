package ua.fakh.courses.plugins.qformat_gift;

import ua.fakh.courses.spi.ParsedQuestion;

import java.util.Map;

/**
 * Reads one question: {@code ::title::}, the text, one answer block {@code {…}} (at the end, or in
 * the middle for the "missing word" form, which leaves a blank {@code _____} in the text), and the
 * general feedback after {@code ####} inside it. Text without a block is a description.
 */
final class GiftQuestionReader {
    static final String BLANK = "_____";
    static final String DESCRIPTION = "qtype_description";

    private GiftQuestionReader() {
    }

    static ParsedQuestion read(GiftBlock block, String category) {
        String text = block.text().strip();
        String title = null;
        if (text.startsWith("::")) {
            int end = text.indexOf("::", 2);
            if (end < 0) {
                throw new GiftProblem("title.unclosed");
            }
            title = GiftText.inline(text.substring(2, end));
            text = text.substring(end + 2);
        }
        int open = text.indexOf('{');
        int close = text.indexOf('}');
        String format = GiftText.format(text);
        if (open < 0 && close < 0) {
            return description(block, category, title, text, format);
        }
        if (open < 0 || (close >= 0 && close < open)) {
            throw new GiftProblem("brace.unopened");
        }
        int nested = text.indexOf('{', open + 1);
        if (close < 0 || (nested >= 0 && nested < close)) {
            throw new GiftProblem("brace.unclosed");
        }
        if (nested >= 0 || text.indexOf('}', close + 1) >= 0) {
            throw new GiftProblem("brace.twice");
        }
        String after = text.substring(close + 1);
        String questionText = GiftText.block(after.isBlank() ? text.substring(0, open)
                : text.substring(0, open) + BLANK + after);
        if (questionText.isBlank()) {
            throw new GiftProblem("text.empty");
        }
        String answers = text.substring(open + 1, close);
        String generalFeedback = null;
        int feedbackAt = answers.lastIndexOf("####");
        if (feedbackAt >= 0) {
            generalFeedback = GiftText.optional(answers.substring(feedbackAt + 4));
            answers = answers.substring(0, feedbackAt);
        }
        GiftAnswers.Read read = GiftAnswers.read(answers.strip());
        String name = title == null || title.isEmpty() ? GiftTitles.from(questionText) : title;
        return new ParsedQuestion(block.line(), category, name, read.type(), questionText, read.definition(),
                generalFeedback, format);
    }

    /** Text without an answer block asks nothing: Moodle reads it as a description, and so does Fakh. */
    private static ParsedQuestion description(GiftBlock block, String category, String title, String text, String format) {
        String questionText = GiftText.block(text);
        if (questionText.isBlank()) {
            throw new GiftProblem("text.empty");
        }
        String name = title == null || title.isEmpty() ? GiftTitles.from(questionText) : title;
        return new ParsedQuestion(block.line(), category, name, DESCRIPTION, questionText, Map.of(), null, format);
    }
}
