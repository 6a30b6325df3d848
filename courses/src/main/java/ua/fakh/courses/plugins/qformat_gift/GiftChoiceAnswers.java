package ua.fakh.courses.plugins.qformat_gift;

import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionNumbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code {=right ~wrong ~%50%half}}: one answer to pick when some answer starts with {@code =}
 * (a {@code ~%100%} answer counts as right too), several when none does; then the weights say what
 * each is worth and the positive ones must add up to 100%.
 */
final class GiftChoiceAnswers {
    private static final String MARKERS = "=~";

    private GiftChoiceAnswers() {
    }

    static Map<String, Object> read(String answers, boolean single) {
        List<String> parts = GiftAnswer.split(answers, MARKERS);
        List<Map<String, Object>> choices = new ArrayList<>();
        double positive = 0;
        for (String part : parts) {
            GiftAnswer answer = GiftAnswer.read(part, MARKERS);
            if (answer.marker() == 0) {
                throw new GiftProblem("choice.marker");
            }
            String text = answer.text();
            if (text.isBlank()) {
                throw new GiftProblem("answer.empty");
            }
            double weight = answer.marker() == '=' ? 100 : answer.weight() == null ? 0 : answer.weight();
            GiftAnswer.checkWeight(weight, -100);
            positive += Math.max(0, weight);
            choices.add(single ? singleChoice(text, weight, answer.feedback())
                    : QuestionMaps.of("text", text, "weight", QuestionNumbers.canonical(weight), "feedback", answer.feedback()));
        }
        if (choices.size() < 2) {
            throw new GiftProblem("choice.tooFew");
        }
        if (positive == 0) {
            throw new GiftProblem("choice.noRight");
        }
        if (!single && Math.abs(positive - 100) > 0.1) {
            throw new GiftProblem("choice.weightSum", QuestionNumbers.plain(positive));
        }
        return QuestionMaps.of("choices", choices);
    }

    private static Map<String, Object> singleChoice(String text, double weight, String feedback) {
        boolean correct = weight >= 100;
        return QuestionMaps.of("text", text, "correct", correct,
                "weight", correct || weight == 0 ? null : QuestionNumbers.canonical(weight), "feedback", feedback);
    }
}
