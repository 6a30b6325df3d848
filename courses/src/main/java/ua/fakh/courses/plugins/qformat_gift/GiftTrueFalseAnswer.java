package ua.fakh.courses.plugins.qformat_gift;

import ua.fakh.courses.spi.QuestionMaps;

import java.util.Locale;
import java.util.Map;

/**
 * {@code {T}}, {@code {TRUE}}, {@code {F}}, {@code {FALSE}} (any case), optionally followed by
 * {@code #feedback for a wrong answer#feedback for a right one}, as in Moodle.
 */
final class GiftTrueFalseAnswer {

    private GiftTrueFalseAnswer() {
    }

    static Map<String, Object> read(String answers) {
        String[] bits = answers.split("#", 3);
        boolean answer = bits[0].strip().toUpperCase(Locale.ROOT).startsWith("T");
        String wrong = bits.length > 1 ? GiftText.optional(bits[1]) : null;
        String right = bits.length > 2 ? GiftText.optional(bits[2]) : null;
        return QuestionMaps.of("answer", answer,
                "feedbackTrue", answer ? right : wrong,
                "feedbackFalse", answer ? wrong : right);
    }
}
