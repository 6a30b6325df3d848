package ua.fakh.courses.plugins.qformat_gift;

import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionNumbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code {#5:0.5}}, {@code {#1..5}}, {@code {# =5:0#feedback =%50%4:1 ~#for any other answer}}:
 * a value with a tolerance, or a range; several answers with weights; numbers with a decimal point
 * or comma.
 */
final class GiftNumericalAnswers {
    private static final String MARKERS = "=";

    private GiftNumericalAnswers() {
    }

    /** @param answers the block without its leading {@code #} */
    static Map<String, Object> read(String answers) {
        String feedbackWrong = null;
        int otherwise = answers.indexOf('~');
        if (otherwise >= 0) {
            String rest = answers.substring(otherwise + 1);
            int hash = rest.indexOf('#');
            feedbackWrong = hash < 0 ? null : GiftText.optional(rest.substring(hash + 1));
            answers = answers.substring(0, otherwise);
        }
        List<Map<String, Object>> accepted = new ArrayList<>();
        boolean anyFull = false;
        for (String part : GiftAnswer.split(answers, MARKERS)) {
            GiftAnswer answer = GiftAnswer.read(part, MARKERS);
            double weight = answer.weight() == null ? 100 : answer.weight();
            GiftAnswer.checkWeight(weight, 0);
            anyFull |= weight == 100;
            Map<String, Object> number = number(GiftSource.unescape(answer.body().strip()));
            number.put("weight", QuestionNumbers.canonical(weight));
            if (answer.feedback() != null) {
                number.put("feedback", answer.feedback());
            }
            accepted.add(number);
        }
        if (accepted.isEmpty()) {
            throw new GiftProblem("numerical.none");
        }
        if (!anyFull) {
            throw new GiftProblem("numerical.noRight");
        }
        return QuestionMaps.of("answers", accepted, "feedbackWrong", feedbackWrong);
    }

    private static Map<String, Object> number(String text) {
        int range = text.indexOf("..");
        if (range > 0) {
            double min = parse(text.substring(0, range));
            double max = parse(text.substring(range + 2));
            if (min > max) {
                throw new GiftProblem("numerical.range", text);
            }
            return QuestionMaps.of("min", QuestionNumbers.canonical(min), "max", QuestionNumbers.canonical(max));
        }
        int colon = text.indexOf(':');
        double value = parse(colon > 0 ? text.substring(0, colon) : text);
        double tolerance = colon > 0 ? parse(text.substring(colon + 1)) : 0;
        if (tolerance < 0) {
            throw new GiftProblem("numerical.tolerance", text);
        }
        return QuestionMaps.of("value", QuestionNumbers.canonical(value), "tolerance", QuestionNumbers.canonical(tolerance));
    }

    private static double parse(String text) {
        Double number = QuestionNumbers.parse(text);
        if (number == null) {
            throw new GiftProblem("numerical.notNumber", text.strip());
        }
        return number;
    }
}
