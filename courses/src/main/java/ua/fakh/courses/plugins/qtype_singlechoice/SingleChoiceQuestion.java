package ua.fakh.courses.plugins.qtype_singlechoice;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.courses.spi.QuestionChoices;
import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.QuestionFields;
import ua.fakh.courses.spi.QuestionForm;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionLimits;
import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionNumbers;
import ua.fakh.courses.spi.QuestionReview;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.ReviewInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One answer out of several (radio buttons). Definition
 * {@code {choices: [{id, text, correct, weight?, feedback?}], shuffle: true}}: at least two choices,
 * at least one correct (worth 100%); a choice that is not correct may earn partial credit
 * ({@code weight} in percent, below 100; negative weights cost nothing here, as the score never
 * goes below 0). Response {@code {choiceId}}.
 */
@Singleton
public class SingleChoiceQuestion implements QuestionType {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("qtype_singlechoice", "1.0.0");
    }

    @Override
    public Map<String, Object> validateDefinition(Map<String, Object> definition) {
        QuestionFields fields = QuestionFields.definition(definition);
        List<QuestionFields> items = fields.objects("choices", 2, QuestionLimits.OPTIONS);
        List<String> ids = QuestionFields.ids(items);
        List<Map<String, Object>> choices = new ArrayList<>();
        boolean anyCorrect = false;
        for (int i = 0; i < items.size(); i++) {
            QuestionFields item = items.get(i);
            boolean correct = item.flag("correct", false);
            Double weight = item.number("weight", false, -100, 100);
            if (weight != null && correct && weight != 100) {
                item.reject("weight", "qtype_singlechoice.problem.correctEarnsAll");
            } else if (weight != null && !correct && weight == 100) {
                item.reject("weight", "qtype_singlechoice.problem.fullWeightIsCorrect");
            }
            anyCorrect |= correct;
            Number partial = !correct && weight != null && weight != 0 ? QuestionNumbers.canonical(weight) : null;
            choices.add(QuestionMaps.of("id", ids.get(i), "text", item.text("text", true, QuestionLimits.OPTION_TEXT),
                    "correct", correct, "weight", partial,
                    "feedback", item.text("feedback", false, QuestionLimits.FEEDBACK)));
        }
        if (!items.isEmpty() && !anyCorrect) {
            fields.reject("choices", "qtype_singlechoice.problem.noCorrectChoice");
        }
        boolean shuffle = fields.flag("shuffle", true);
        fields.throwIfInvalid();
        return QuestionMaps.of("choices", choices, "shuffle", shuffle);
    }

    @Override
    public Map<String, Object> learnerView(Map<String, Object> definition, long seed, boolean shuffle) {
        boolean shuffled = shuffle && QuestionMaps.flag(definition, "shuffle", true);
        return QuestionMaps.of("choices",
                QuestionChoices.forLearner(QuestionMaps.objects(definition, "choices"), "text", seed, shuffled));
    }

    @Override
    public Map<String, Object> validateResponse(Map<String, Object> definition, Map<String, Object> response) {
        QuestionFields fields = QuestionFields.response(response);
        String choiceId = fields.text("choiceId", false, 64);
        if (choiceId != null && !choices(definition).containsKey(choiceId)) {
            fields.reject("choiceId", "qtype_singlechoice.problem.notAChoice");
        }
        fields.throwIfInvalid();
        return QuestionMaps.of("choiceId", choiceId);
    }

    @Override
    public QuestionGrade grade(Map<String, Object> definition, Map<String, Object> response, double maxPoints) {
        String choiceId = (String) validateResponse(definition, response).get("choiceId");
        if (choiceId == null) {
            return QuestionGrade.unanswered(maxPoints);
        }
        Map<String, Object> choice = choices(definition).get(choiceId);
        double fraction = QuestionMaps.flag(choice, "correct", false) ? 1 : QuestionMaps.number(choice, "weight", 0) / 100;
        String feedback = QuestionMaps.text(choice, "feedback");
        return QuestionGrade.automatic(fraction, maxPoints, feedback == null ? List.of() : List.of(feedback));
    }

    @Override
    public Map<String, Object> reviewView(Map<String, Object> definition, Map<String, Object> response,
                                          QuestionGrade grade, Locale locale) {
        String chosen = QuestionMaps.text(response, "choiceId");
        List<Map<String, Object>> choices = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (Map<String, Object> choice : QuestionMaps.objects(definition, "choices")) {
            boolean correct = QuestionMaps.flag(choice, "correct", false);
            boolean selected = choice.get("id").equals(chosen);
            if (correct) {
                right.add(QuestionMaps.text(choice, "text"));
            }
            choices.add(QuestionMaps.of("id", choice.get("id"), "text", choice.get("text"), "correct", correct,
                    "selected", selected, "feedback", selected ? choice.get("feedback") : null));
        }
        Map<String, Object> review = QuestionReview.start(QuestionReview.rightAnswer(this, locale, right), grade);
        review.put("choices", choices);
        return review;
    }

    private static Map<String, Map<String, Object>> choices(Map<String, Object> definition) {
        return QuestionChoices.byId(QuestionMaps.objects(definition, "choices"));
    }

    @Override
    public Html renderInput(QuestionInput question) {
        return SingleChoicePage.input(question);
    }

    @Override
    public Map<String, Object> readResponse(QuestionInput question, FormFields form) {
        return SingleChoicePage.read(question, form);
    }

    @Override
    public Html renderReview(ReviewInput review) {
        return SingleChoicePage.review(this, review);
    }

    @Override
    public Optional<Html> renderForm(QuestionForm form) {
        return Optional.of(SingleChoiceForm.render(this, form));
    }

    @Override
    public Map<String, Object> readForm(FormFields form) {
        return SingleChoiceForm.read(form);
    }
}
