package ua.fakh.courses.plugins.qtype_truefalse;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.QuestionFields;
import ua.fakh.courses.spi.QuestionForm;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionLimits;
import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionMessages;
import ua.fakh.courses.spi.QuestionReview;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.ReviewInput;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A statement that is true or false. Definition {@code {answer, feedbackTrue?, feedbackFalse?}}:
 * the feedback shown to whoever answered true, or false. Response {@code {value: true|false}}.
 * The learner sees no options from here: the page labels the two buttons with this plugin's
 * {@code true} and {@code false} strings.
 */
@Singleton
public class TrueFalseQuestion implements QuestionType {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("qtype_truefalse", "1.0.0");
    }

    @Override
    public Map<String, Object> validateDefinition(Map<String, Object> definition) {
        QuestionFields fields = QuestionFields.definition(definition);
        Object answer = fields.raw("answer");
        if (answer == null) {
            fields.reject("answer", "problem.field.required");
        }
        boolean value = fields.flag("answer", false);
        String feedbackTrue = fields.text("feedbackTrue", false, QuestionLimits.FEEDBACK);
        String feedbackFalse = fields.text("feedbackFalse", false, QuestionLimits.FEEDBACK);
        fields.throwIfInvalid();
        return QuestionMaps.of("answer", value, "feedbackTrue", feedbackTrue, "feedbackFalse", feedbackFalse);
    }

    @Override
    public Map<String, Object> learnerView(Map<String, Object> definition, long seed, boolean shuffle) {
        return QuestionMaps.of();
    }

    @Override
    public Map<String, Object> validateResponse(Map<String, Object> definition, Map<String, Object> response) {
        QuestionFields fields = QuestionFields.response(response);
        Object value = fields.raw("value");
        if (value != null && !(value instanceof Boolean)) {
            fields.reject("value", "problem.field.notBoolean");
        }
        fields.throwIfInvalid();
        return QuestionMaps.of("value", value);
    }

    @Override
    public QuestionGrade grade(Map<String, Object> definition, Map<String, Object> response, double maxPoints) {
        Object value = validateResponse(definition, response).get("value");
        if (value == null) {
            return QuestionGrade.unanswered(maxPoints);
        }
        boolean given = (Boolean) value;
        String feedback = QuestionMaps.text(definition, given ? "feedbackTrue" : "feedbackFalse");
        boolean right = given == QuestionMaps.flag(definition, "answer", false);
        return QuestionGrade.automatic(right ? 1 : 0, maxPoints, feedback == null ? List.of() : List.of(feedback));
    }

    @Override
    public Map<String, Object> reviewView(Map<String, Object> definition, Map<String, Object> response,
                                          QuestionGrade grade, Locale locale) {
        boolean answer = QuestionMaps.flag(definition, "answer", false);
        String label = QuestionMessages.get(this, locale, answer ? "true" : "false");
        Map<String, Object> review = QuestionReview.start(QuestionReview.rightAnswer(this, locale, List.of(label)), grade);
        review.put("answer", answer);
        Object given = response == null ? null : response.get("value");
        if (given instanceof Boolean) {
            review.put("given", given);
        }
        return review;
    }

    @Override
    public Html renderInput(QuestionInput question) {
        return TrueFalsePage.input(this, question);
    }

    @Override
    public Map<String, Object> readResponse(QuestionInput question, FormFields form) {
        return TrueFalsePage.read(question, form);
    }

    @Override
    public Html renderReview(ReviewInput review) {
        return TrueFalsePage.review(this, review);
    }

    @Override
    public Optional<Html> renderForm(QuestionForm form) {
        return Optional.of(TrueFalseForm.render(this, form));
    }

    @Override
    public Map<String, Object> readForm(FormFields form) {
        return TrueFalseForm.read(form);
    }
}
