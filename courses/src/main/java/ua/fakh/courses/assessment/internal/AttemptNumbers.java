package ua.fakh.courses.assessment.internal;

import java.math.BigDecimal;

/** Scores as people write them: {@code 7}, {@code 7.5}, never {@code 7.0}. */
final class AttemptNumbers {
    private AttemptNumbers() {
    }

    static String score(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
