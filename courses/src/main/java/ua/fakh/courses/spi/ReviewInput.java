package ua.fakh.courses.spi;

import java.util.Locale;
import java.util.Map;

/**
 * One question of a submitted attempt whose review the learner may see.
 *
 * @param view     as in {@link QuestionInput#view()}
 * @param response the learner's answer ({@code {}} when none)
 * @param review   the type's {@link QuestionType#reviewView} with {@code questionId} and {@code score}
 */
public record ReviewInput(Map<String, Object> view, Map<String, Object> response, Map<String, Object> review,
                          Locale locale) {

    public ReviewInput {
        response = response == null ? Map.of() : response;
    }
}
