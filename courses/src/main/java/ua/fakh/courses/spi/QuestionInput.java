package ua.fakh.courses.spi;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One question of an attempt as its type renders it or reads it back from the attempt form.
 *
 * @param view     the type's {@link QuestionType#learnerView} plus {@code id}, {@code type}, {@code text}, {@code points}
 * @param response the answer the server holds, normalised ({@code {}} when none)
 * @param field    the form name of the question's inputs: use it as it is, or {@code field + "." + part}
 * @param typed    what the learner typed into {@code field} when the form came back refused (else null)
 */
public record QuestionInput(Map<String, Object> view, Map<String, Object> response, String field, Locale locale,
                            @Nullable String typed) {

    public QuestionInput {
        view = view == null ? Map.of() : view;
        response = response == null ? Map.of() : response;
    }

    /** The question's id in this attempt, for element ids that must be unique on the page. */
    public String questionId() {
        return String.valueOf(view.get("id"));
    }

    /** Items of a list in the view ({@code choices}, {@code left}): {@code {id, text}} maps. */
    public List<Map<String, Object>> items(String key) {
        return QuestionMaps.objects(view, key);
    }
}
