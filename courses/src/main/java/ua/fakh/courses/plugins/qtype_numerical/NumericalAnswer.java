package ua.fakh.courses.plugins.qtype_numerical;

import ua.fakh.courses.spi.QuestionFields;
import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionNumbers;

import java.util.LinkedHashMap;
import java.util.Map;

/** One accepted number: {@code {value, tolerance}} or {@code {min, max}}. */
final class NumericalAnswer {
    /** Room for binary fractions: 0.1 + 0.2 is accepted as 0.3. */
    private static final double ROUNDING = 1e-9;

    private NumericalAnswer() {
    }

    /** The number part of an answer, checked; the caller adds weight and feedback. */
    static Map<String, Object> read(QuestionFields item) {
        Map<String, Object> answer = new LinkedHashMap<>();
        boolean range = item.isPresent("min") || item.isPresent("max");
        if (range && item.isPresent("value")) {
            item.reject("value", "qtype_numerical.problem.valueOrRange");
            return answer;
        }
        if (range) {
            Double min = item.number("min", true, -NumericalQuestion.LIMIT, NumericalQuestion.LIMIT);
            Double max = item.number("max", true, -NumericalQuestion.LIMIT, NumericalQuestion.LIMIT);
            if (min != null && max != null && min > max) {
                item.reject("max", "qtype_numerical.problem.maxBelowMin");
            }
            answer.put("min", min == null ? null : QuestionNumbers.canonical(min));
            answer.put("max", max == null ? null : QuestionNumbers.canonical(max));
            return answer;
        }
        Double value = item.number("value", true, -NumericalQuestion.LIMIT, NumericalQuestion.LIMIT);
        Double tolerance = item.number("tolerance", false, 0, NumericalQuestion.LIMIT);
        answer.put("value", value == null ? null : QuestionNumbers.canonical(value));
        answer.put("tolerance", QuestionNumbers.canonical(tolerance == null ? 0 : tolerance));
        return answer;
    }

    static boolean accepts(Map<String, Object> answer, double given) {
        if (answer.containsKey("min")) {
            double min = QuestionMaps.number(answer, "min", 0);
            double max = QuestionMaps.number(answer, "max", 0);
            return given >= min - slack(min) && given <= max + slack(max);
        }
        double value = QuestionMaps.number(answer, "value", 0);
        double tolerance = QuestionMaps.number(answer, "tolerance", 0);
        return Math.abs(given - value) <= tolerance + slack(value);
    }

    private static double slack(double around) {
        return ROUNDING * Math.max(1, Math.abs(around));
    }
}
