package ua.fakh.courses.plugins.qtype_essay;

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

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A written answer a trainer grades. Definition
 * {@code {minWords?, maxWords?, responseTemplate?, graderInfo?}}: word limits and a template the
 * learner sees; {@code graderInfo} (what a good answer holds) only trainers see. Response
 * {@code {text}}. Grading gives 0 and asks for a trainer — except for an empty answer, which has
 * nothing to read and simply scores 0.
 */
@Singleton
public class EssayQuestion implements QuestionType {
    private static final int MOST_WORDS = 10_000;

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("qtype_essay", "1.0.0");
    }

    @Override
    public Map<String, Object> validateDefinition(Map<String, Object> definition) {
        QuestionFields fields = QuestionFields.definition(definition);
        Long minWords = fields.wholeNumber("minWords", 1, MOST_WORDS);
        Long maxWords = fields.wholeNumber("maxWords", 1, MOST_WORDS);
        if (minWords != null && maxWords != null && minWords > maxWords) {
            fields.reject("maxWords", "qtype_essay.problem.maxBelowMin");
        }
        String template = fields.text("responseTemplate", false, QuestionLimits.RESPONSE_TEXT);
        String graderInfo = fields.text("graderInfo", false, QuestionLimits.RESPONSE_TEXT);
        fields.throwIfInvalid();
        return QuestionMaps.of("minWords", minWords, "maxWords", maxWords, "responseTemplate", template,
                "graderInfo", graderInfo);
    }

    @Override
    public Map<String, Object> learnerView(Map<String, Object> definition, long seed, boolean shuffle) {
        return QuestionMaps.of("minWords", definition.get("minWords"), "maxWords", definition.get("maxWords"),
                "responseTemplate", definition.get("responseTemplate"));
    }

    @Override
    public Map<String, Object> validateResponse(Map<String, Object> definition, Map<String, Object> response) {
        QuestionFields fields = QuestionFields.response(response);
        String text = fields.typedText("text", QuestionLimits.RESPONSE_TEXT);
        fields.throwIfInvalid();
        return QuestionMaps.of("text", text);
    }

    @Override
    public QuestionGrade grade(Map<String, Object> definition, Map<String, Object> response, double maxPoints) {
        Object text = validateResponse(definition, response).get("text");
        return text == null ? QuestionGrade.unanswered(maxPoints) : QuestionGrade.awaitingTrainer(maxPoints);
    }

    @Override
    public Map<String, Object> reviewView(Map<String, Object> definition, Map<String, Object> response,
                                          QuestionGrade grade, Locale locale) {
        Map<String, Object> review = QuestionReview.start(null, grade);
        String text = QuestionMaps.text(response, "text");
        review.put("words", text == null ? 0 : words(text));
        if (grade != null && grade.needsManualGrading()) {
            review.put("status", QuestionMessages.get(this, locale, "review.awaitingTrainer"));
        }
        return review;
    }

    @Override
    public boolean autoGraded() {
        return false;
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("[\\s\\u00A0]+").length;
    }

    @Override
    public Html renderInput(QuestionInput question) {
        return EssayPage.input(this, question);
    }

    @Override
    public Map<String, Object> readResponse(QuestionInput question, FormFields form) {
        return EssayPage.read(question, form);
    }

    @Override
    public Html renderReview(ReviewInput review) {
        return EssayPage.review(this, review);
    }

    @Override
    public Optional<Html> renderForm(QuestionForm form) {
        return Optional.of(EssayForm.render(this, form));
    }

    @Override
    public Map<String, Object> readForm(FormFields form) {
        return EssayForm.read(form);
    }
}
