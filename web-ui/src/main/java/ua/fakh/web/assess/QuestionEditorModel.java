package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.NewQuestion;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The question editor: the fields around the definition, the type's own part of the form
 * ({@code typeForm}, already rendered; null when the definition is edited as JSON), the categories of
 * the bank to choose from, and every error at once: by field beside it, and all of them in a summary
 * above the form (so an error no field shows, such as one in a JSON definition, is never lost).
 */
public record QuestionEditorModel(TaughtCourse course, @Nullable UUID questionId, int version, String type, String typeName,
                                  NewQuestion question, @Nullable String typeForm, String definitionJson,
                                  List<String> categories, Map<String, String> errors, @Nullable String notice) {
    public String action() {
        return course.base() + "/questions/" + (questionId == null ? "new" : questionId.toString());
    }

    public String value(@Nullable String text) {
        return text == null ? "" : text;
    }

    @Nullable
    public String error(String field) {
        return errors.get(field);
    }

    /** Every error, in the order found: a summary above the form. */
    public List<String> allErrors() {
        return List.copyOf(errors.values());
    }
}
