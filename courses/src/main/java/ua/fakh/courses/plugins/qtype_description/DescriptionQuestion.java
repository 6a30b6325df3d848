package ua.fakh.courses.plugins.qtype_description;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.QuestionForm;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionReview;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.ReviewInput;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Text shown among a quiz's questions that asks nothing (Moodle's "description"): a case to read
 * before the questions about it, or instructions. Definition {@code {}}, response {@code {}}; never
 * scored, so an attempt gives it no points and a random draw never picks it. Its text is the
 * question's own text; the type has nothing to add to it.
 */
@Singleton
public class DescriptionQuestion implements QuestionType {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("qtype_description", "1.0.0");
    }

    /** Nothing to define: whatever a definition holds is dropped. */
    @Override
    public Map<String, Object> validateDefinition(Map<String, Object> definition) {
        return Map.of();
    }

    @Override
    public Map<String, Object> learnerView(Map<String, Object> definition, long seed, boolean shuffle) {
        return Map.of();
    }

    /** Nothing to answer: whatever a response holds is dropped. */
    @Override
    public Map<String, Object> validateResponse(Map<String, Object> definition, Map<String, Object> response) {
        return Map.of();
    }

    @Override
    public QuestionGrade grade(Map<String, Object> definition, Map<String, Object> response, double maxPoints) {
        return QuestionGrade.unanswered(maxPoints);
    }

    @Override
    public Map<String, Object> reviewView(Map<String, Object> definition, Map<String, Object> response,
                                          QuestionGrade grade, Locale locale) {
        return QuestionReview.start(null, grade);
    }

    @Override
    public boolean scored() {
        return false;
    }

    @Override
    public Html renderInput(QuestionInput question) {
        return Html.EMPTY;
    }

    @Override
    public Map<String, Object> readResponse(QuestionInput question, FormFields form) {
        return null;
    }

    @Override
    public Html renderReview(ReviewInput review) {
        return Html.EMPTY;
    }

    /** No fields of its own: the editor's text is all there is (rather than a JSON box for an empty definition). */
    @Override
    public Optional<Html> renderForm(QuestionForm form) {
        return Optional.of(Html.EMPTY);
    }
}
