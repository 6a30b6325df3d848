package ua.fakh.courses.plugins.qformat_gift;

import ua.fakh.courses.spi.ParsedQuestion;
import ua.fakh.courses.spi.QuestionTextFormat;

import java.util.List;
import java.util.Objects;

/**
 * Writes questions as GIFT: a {@code $CATEGORY:} line where the category changes, then each question
 * as {@code ::title::[markdown]text {answers}} (the question's own text format: {@code [html]}, {@code [plain]}…) and a blank line;
 * a description as its text alone. A "missing word" question (one
 * blank {@code _____} with text after it on the same line) gets its answers back in the blank.
 */
final class GiftWriter {

    private GiftWriter() {
    }

    static String write(List<ParsedQuestion> questions) {
        StringBuilder out = new StringBuilder();
        String category = null;
        for (ParsedQuestion question : questions) {
            boolean description = question.type().equals(GiftQuestionReader.DESCRIPTION);
            String answers = description ? "" : GiftAnswerWriter.write(question, "\n");
            if (answers == null) {
                out.append("// Fakh: the question \"").append(question.title().replace('\n', ' ')).append("\" of type ")
                        .append(question.type()).append(" cannot be written in GIFT\n\n");
                continue;
            }
            if (!Objects.equals(question.category(), category)) {
                category = question.category();
                out.append("$CATEGORY: ").append(category == null ? "" : category.replace('\n', ' ')).append("\n\n");
            }
            String text = question.text() == null ? "" : question.text();
            String title = question.title() == null || question.title().isBlank() ? GiftTitles.from(text) : question.title();
            // No title at all rather than an empty one ("::::"), which other GIFT readers refuse; reading names it the same way.
            if (!title.isBlank()) {
                out.append("::").append(GiftEscapes.title(title)).append("::");
            }
            int blank = text.indexOf(GiftQuestionReader.BLANK);
            String after = blank < 0 ? "" : text.substring(blank + GiftQuestionReader.BLANK.length());
            // Text after the block that starts like a format marker would read as one: the blank then stays in the text.
            boolean missingWord = !description && blank >= 0 && !after.isBlank() && !after.contains("\n") && !after.contains(GiftQuestionReader.BLANK)
                    && !GiftText.startsWithMarker(after.strip())
                    // With the blank first no marker can be written: only when reading would guess the same format.
                    && (!text.substring(0, blank).isBlank() || question.textFormat().equals(QuestionTextFormat.of(null, text)));
            // A marker needs text after it before the block: GIFT readers refuse "[markdown]{=a ~b} text".
            if (!missingWord || !text.substring(0, blank).isBlank()) {
                out.append(GiftText.marker(question));
            }
            if (missingWord) {
                out.append(GiftEscapes.text(text.substring(0, blank))).append(GiftAnswerWriter.write(question, " "))
                        .append(GiftEscapes.text(after));
            } else if (description) {
                out.append(GiftEscapes.text(text)); // no block: a description asks nothing
            } else {
                out.append(GiftEscapes.text(text)).append(' ').append(answers);
            }
            out.append("\n\n");
        }
        return out.toString();
    }
}
