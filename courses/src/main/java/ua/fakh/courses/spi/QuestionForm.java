package ua.fakh.courses.spi;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A question type's part of the question editor, as {@link QuestionType#renderForm} gets it: the
 * definition as saved or as typed, and the complaints by field as {@link QuestionType#validateDefinition}
 * names them ({@code definition.choices[1].text}), already in {@code locale}. Inputs are named
 * {@code d.<path>} ({@link QuestionFormParts}) and read back with {@link QuestionFormFields}.
 */
public record QuestionForm(Map<String, Object> definition, Map<String, String> errors, Locale locale) {

    public QuestionForm {
        definition = definition == null ? Map.of() : definition;
        errors = errors == null ? Map.of() : errors;
    }

    /** The items of a list of the definition ({@code choices}, {@code answers}, {@code pairs}). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items(String field) {
        // as typed, a refused definition may hold anything where a list of objects belongs
        return definition.get(field) instanceof List<?> list
                ? list.stream().map(item -> item instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.<String, Object>of()).toList()
                : List.of();
    }

    /** The message for {@code path} ({@code choices[1].text}, or {@code choices} for the list as a whole). */
    @Nullable
    public String error(String path) {
        return errors.get("definition." + path);
    }

    /** How many rows a list shows: its items and {@code spare} empty ones, at least {@code least}, at most {@code most}. */
    public int rows(String field, int spare, int least, int most) {
        return Math.min(most, Math.max(least, items(field).size() + spare));
    }
}
