package ua.fakh.courses.plugins.qtype_multichoice;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Any number of answers out of several (check boxes), with partial credit. Definition
 * {@code {choices: [{id, text, weight, feedback?}], shuffle: true}}: {@code weight} in percent from
 * -100 to 100; the positive weights add up to 100 (±0.1, so three times 33.33 will do). The score
 * is the sum of the chosen weights over the sum of the positive ones: a wrong choice subtracts,
 * and the score never goes below 0. Response {@code {choiceIds: []}}.
 */
@Singleton
public class MultiChoiceQuestion implements QuestionType {
    private static final double SUM_TOLERANCE = 0.1;

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("qtype_multichoice", "1.0.0");
    }

    @Override
    public Map<String, Object> validateDefinition(Map<String, Object> definition) {
        QuestionFields fields = QuestionFields.definition(definition);
        List<QuestionFields> items = fields.objects("choices", 2, QuestionLimits.OPTIONS);
        List<String> ids = QuestionFields.ids(items);
        List<Map<String, Object>> choices = new ArrayList<>();
        double positive = 0;
        for (int i = 0; i < items.size(); i++) {
            QuestionFields item = items.get(i);
            Double weight = item.number("weight", true, -100, 100);
            positive += weight != null && weight > 0 ? weight : 0;
            choices.add(QuestionMaps.of("id", ids.get(i), "text", item.text("text", true, QuestionLimits.OPTION_TEXT),
                    "weight", weight == null ? null : QuestionNumbers.canonical(weight),
                    "feedback", item.text("feedback", false, QuestionLimits.FEEDBACK)));
        }
        if (!fields.hasErrors() && Math.abs(positive - 100) > SUM_TOLERANCE) {
            fields.reject("choices", "qtype_multichoice.problem.weightsNot100", QuestionNumbers.plain(positive));
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
        Map<String, Map<String, Object>> choices = choices(definition);
        List<String> given = fields.texts("choiceIds", QuestionLimits.OPTIONS);
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (!choices.containsKey(given.get(i))) {
                fields.reject("choiceIds[" + i + "]", "qtype_multichoice.problem.notAChoice");
            }
            chosen.add(given.get(i));
        }
        fields.throwIfInvalid();
        // In the question's order, so equal selections are equal responses whatever order they were clicked in.
        return QuestionMaps.of("choiceIds", choices.keySet().stream().filter(chosen::contains).toList());
    }

    @Override
    public QuestionGrade grade(Map<String, Object> definition, Map<String, Object> response, double maxPoints) {
        Set<String> chosen = chosen(validateResponse(definition, response));
        if (chosen.isEmpty()) {
            return QuestionGrade.unanswered(maxPoints);
        }
        double earned = 0;
        double positive = 0;
        List<String> feedback = new ArrayList<>();
        for (Map<String, Object> choice : QuestionMaps.objects(definition, "choices")) {
            double weight = QuestionMaps.number(choice, "weight", 0);
            positive += Math.max(0, weight);
            if (chosen.contains((String) choice.get("id"))) {
                earned += weight;
                String text = QuestionMaps.text(choice, "feedback");
                if (text != null) {
                    feedback.add(text);
                }
            }
        }
        return QuestionGrade.automatic(positive == 0 ? 0 : earned / positive, maxPoints, feedback);
    }

    @Override
    public Map<String, Object> reviewView(Map<String, Object> definition, Map<String, Object> response,
                                          QuestionGrade grade, Locale locale) {
        Set<String> chosen = chosen(response);
        List<Map<String, Object>> choices = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (Map<String, Object> choice : QuestionMaps.objects(definition, "choices")) {
            boolean correct = QuestionMaps.number(choice, "weight", 0) > 0;
            boolean selected = chosen.contains((String) choice.get("id"));
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

    private static Set<String> chosen(Map<String, Object> response) {
        Object ids = response == null ? null : response.get("choiceIds");
        Set<String> chosen = new LinkedHashSet<>();
        if (ids instanceof List<?> list) {
            list.forEach(id -> chosen.add(String.valueOf(id)));
        }
        return chosen;
    }

    private static Map<String, Map<String, Object>> choices(Map<String, Object> definition) {
        return QuestionChoices.byId(QuestionMaps.objects(definition, "choices"));
    }

    @Override
    public Html renderInput(QuestionInput question) {
        return MultiChoicePage.input(this, question);
    }

    @Override
    public Map<String, Object> readResponse(QuestionInput question, FormFields form) {
        return MultiChoicePage.read(question, form);
    }

    @Override
    public Html renderReview(ReviewInput review) {
        return MultiChoicePage.review(this, review);
    }

    @Override
    public Optional<Html> renderForm(QuestionForm form) {
        return Optional.of(MultiChoiceForm.render(this, form));
    }

    @Override
    public Map<String, Object> readForm(FormFields form) {
        return MultiChoiceForm.read(form);
    }
}
