package ua.fakh.courses.plugins.qformat_gift;

import ua.fakh.courses.spi.ParsedQuestion;
import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionNumbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The answer block {@code {…}} of a question, one answer a line ({@code separator} "\n") or all on one. */
final class GiftAnswerWriter {

    private GiftAnswerWriter() {
    }

    /** @return null when GIFT has no way to write this type */
    static String write(ParsedQuestion question, String separator) {
        Map<String, Object> d = question.definition();
        String marker = GiftText.marker(question);
        List<String> items = switch (question.type()) {
            case "qtype_singlechoice" -> singleChoice(d, marker);
            case "qtype_multichoice" -> QuestionMaps.objects(d, "choices").stream()
                    .map(c -> "~" + weighted(c, 0) + GiftEscapes.answer(QuestionMaps.text(c, "text"), marker) + feedback(c, marker)).toList();
            case "qtype_shortanswer" -> QuestionMaps.objects(d, "answers").stream()
                    .map(a -> "=" + weighted(a, 100) + GiftEscapes.answer(QuestionMaps.text(a, "text"), marker) + feedback(a, marker)).toList();
            case "qtype_numerical" -> numerical(d, marker);
            case "qtype_matching" -> QuestionMaps.objects(d, "pairs").stream()
                    .map(p -> "=" + GiftEscapes.answer(p.get("left") == null ? "" : QuestionMaps.text(p, "left"), marker) + " -> "
                            + GiftEscapes.answer(QuestionMaps.text(p, "right"), marker)).toList();
            case "qtype_truefalse" -> List.of(trueFalse(d, marker));
            case "qtype_essay" -> List.of();
            default -> null;
        };
        if (items == null) {
            return null;
        }
        String sep = separator.equals("\n") && items.size() > 1 ? "\n" : " ";
        StringBuilder block = new StringBuilder(String.join(sep, items));
        if (question.generalFeedback() != null && !question.generalFeedback().isBlank()) {
            block.append(items.isEmpty() ? "" : sep).append("####").append(GiftEscapes.answer(question.generalFeedback(), marker));
        }
        String head = question.type().equals("qtype_numerical") ? "#" : "";
        return sep.equals("\n") ? "{" + head + "\n" + block + "\n}" : "{" + head + block + "}";
    }

    private static List<String> singleChoice(Map<String, Object> d, String marker) {
        List<Map<String, Object>> choices = QuestionMaps.objects(d, "choices");
        boolean anyWrong = choices.stream().anyMatch(c -> !QuestionMaps.flag(c, "correct", false));
        List<String> items = new ArrayList<>();
        boolean rightWritten = false;
        for (Map<String, Object> c : choices) {
            String text = GiftEscapes.answer(QuestionMaps.text(c, "text"), marker);
            if (QuestionMaps.flag(c, "correct", false)) {
                // Without a "~" GIFT would read the block as a short answer: extra right answers become "~%100%".
                items.add((anyWrong || !rightWritten ? "=" : "~%100%") + text + feedback(c, marker));
                rightWritten = true;
            } else {
                items.add("~" + weighted(c, 0) + text + feedback(c, marker));
            }
        }
        return items;
    }

    private static List<String> numerical(Map<String, Object> d, String marker) {
        List<Map<String, Object>> answers = QuestionMaps.objects(d, "answers");
        String wrong = QuestionMaps.text(d, "feedbackWrong");
        // One plain answer reads best as {#5:0.5}; several, or one with feedback, need their "=".
        boolean plainOne = answers.size() == 1 && weighted(answers.get(0), 100).isEmpty() && wrong == null
                && QuestionMaps.text(answers.get(0), "feedback") == null;
        List<String> items = new ArrayList<>();
        for (Map<String, Object> a : answers) {
            String number = a.containsKey("min")
                    ? plain(a, "min") + ".." + plain(a, "max")
                    : plain(a, "value") + (QuestionMaps.number(a, "tolerance", 0) == 0 ? "" : ":" + plain(a, "tolerance"));
            items.add((plainOne ? "" : "=") + weighted(a, 100) + number + feedback(a, marker));
        }
        if (wrong != null) {
            items.add("~#" + GiftEscapes.answer(wrong, marker));
        }
        return items;
    }

    private static String trueFalse(Map<String, Object> d, String marker) {
        boolean answer = QuestionMaps.flag(d, "answer", false);
        String right = QuestionMaps.text(d, answer ? "feedbackTrue" : "feedbackFalse");
        String wrong = QuestionMaps.text(d, answer ? "feedbackFalse" : "feedbackTrue");
        String head = answer ? "TRUE" : "FALSE";
        if (right != null) {
            return head + "#" + (wrong == null ? "" : GiftEscapes.answer(wrong, marker)) + "#" + GiftEscapes.answer(right, marker);
        }
        return wrong == null ? head : head + "#" + GiftEscapes.answer(wrong, marker);
    }

    /** {@code %weight%} unless the weight is the default (an answer starting with {@code %} is kept apart by {@link GiftEscapes#answer}). */
    private static String weighted(Map<String, Object> answer, double usual) {
        double weight = QuestionMaps.number(answer, "weight", usual);
        return weight == usual ? "" : "%" + QuestionNumbers.plain(weight) + "%";
    }

    private static String feedback(Map<String, Object> answer, String marker) {
        String feedback = QuestionMaps.text(answer, "feedback");
        return feedback == null ? "" : "#" + GiftEscapes.answer(feedback, marker);
    }

    private static String plain(Map<String, Object> answer, String key) {
        return QuestionNumbers.plain(QuestionMaps.number(answer, key, 0));
    }
}
