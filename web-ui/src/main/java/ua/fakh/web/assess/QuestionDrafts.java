package ua.fakh.web.assess;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import ua.fakh.courses.assessment.NewQuestion;
import ua.fakh.courses.assessment.QuestionTypes;
import ua.fakh.courses.spi.ContentFormFields;
import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.QuestionForm;
import ua.fakh.courses.spi.QuestionRejectedException;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The question editor's form: reads a question back from it (the definition through its type's own
 * form, or as JSON for a type without one) and finds every error at once — the fields around the
 * definition and the type's complaints about it — before anything is saved.
 */
@Singleton
class QuestionDrafts {
    static final String JSON_FIELD = "d.json";

    private final QuestionTypes types;
    private final Validator validator;
    private final JsonMapper json;

    QuestionDrafts(QuestionTypes types, Validator validator, JsonMapper json) {
        this.types = types;
        this.validator = validator;
        this.json = json;
    }

    /** A question as typed: {@code definition} is what the form said, before its type normalised it. */
    record Draft(NewQuestion question, String definitionJson, Map<String, String> errors) {
    }

    Draft read(String type, Map<String, Object> body, PageContext ctx) {
        QuestionType plugin = types.type(type);
        Map<String, String> errors = new LinkedHashMap<>();
        String jsonText = field(body, JSON_FIELD);
        Map<String, Object> definition;
        if (plugin.renderForm(new QuestionForm(Map.of(), Map.of(), ctx.locale())).isPresent()) {
            definition = plugin.readForm(FormFields.of(body));
        } else {
            definition = parse(jsonText);
            if (definition == null) {
                errors.put("definition", ctx.t("assessment.editor.notJson"));
                definition = Map.of();
            }
        }
        NewQuestion question = new NewQuestion(type, blankToNull(field(body, "title")), field(body, "text").strip(),
                blankToNull(field(body, "category")), definition, blankToNull(field(body, "generalFeedback")));
        var violations = validator.validate(question);
        if (!violations.isEmpty()) {
            errors.putAll(FormErrors.of(new ConstraintViolationException(violations), ctx, "assessment.editor.invalid."));
        }
        try {
            plugin.validateDefinition(definition);
        } catch (QuestionRejectedException refused) {
            errors.putAll(FormErrors.of(refused, ctx, "assessment.editor.invalid."));
        }
        return new Draft(question, jsonText.isBlank() ? write(definition) : jsonText, errors);
    }

    String write(Map<String, Object> definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, Object> parse(String text) {
        try {
            return text.isBlank() ? Map.of() : json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static String field(Map<String, Object> body, String name) {
        return ContentFormFields.single(body.get(name));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
