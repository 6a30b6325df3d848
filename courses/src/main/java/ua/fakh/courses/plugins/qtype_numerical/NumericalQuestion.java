package ua.fakh.courses.plugins.qtype_numerical;

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
import ua.fakh.courses.spi.QuestionNumbers;
import ua.fakh.courses.spi.QuestionReview;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.ReviewInput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A number typed by the learner. Definition
 * {@code {answers: [{value, tolerance} or {min, max}, weight, feedback?], feedbackWrong?}}:
 * a value is accepted within ±{@code tolerance} (default 0) or a range from {@code min} to
 * {@code max}; {@code weight} in percent from 0 to 100 (default 100), at least one answer worth 100%;
 * {@code feedbackWrong} is shown when no answer matches. The best matching answer counts. Response
 * {@code {value}}: a number, or text with one as people type it ({@code 2,5}).
 */
@Singleton
public class NumericalQuestion implements QuestionType {
    static final double LIMIT = 1e15;

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("qtype_numerical", "1.0.0");
    }

    @Override
    public Map<String, Object> validateDefinition(Map<String, Object> definition) {
        QuestionFields fields = QuestionFields.definition(definition);
        List<Map<String, Object>> answers = new ArrayList<>();
        boolean anyFull = false;
        for (QuestionFields item : fields.objects("answers", 1, QuestionLimits.OPTIONS)) {
            Double weight = item.number("weight", false, 0, 100);
            double percent = weight == null ? 100 : weight;
            anyFull |= percent == 100;
            Map<String, Object> answer = NumericalAnswer.read(item);
            answer.put("weight", QuestionNumbers.canonical(percent));
            answer.put("feedback", item.text("feedback", false, QuestionLimits.FEEDBACK));
            answer.values().removeIf(Objects::isNull);
            answers.add(answer);
        }
        if (!answers.isEmpty() && !anyFull) {
            fields.reject("answers", "qtype_numerical.problem.noFullAnswer");
        }
        String feedbackWrong = fields.text("feedbackWrong", false, QuestionLimits.FEEDBACK);
        fields.throwIfInvalid();
        return QuestionMaps.of("answers", answers, "feedbackWrong", feedbackWrong);
    }

    @Override
    public Map<String, Object> learnerView(Map<String, Object> definition, long seed, boolean shuffle) {
        return QuestionMaps.of();
    }

    @Override
    public Map<String, Object> validateResponse(Map<String, Object> definition, Map<String, Object> response) {
        QuestionFields fields = QuestionFields.response(response);
        Double value = fields.typedNumber("value", -LIMIT, LIMIT);
        fields.throwIfInvalid();
        return QuestionMaps.of("value", value == null ? null : QuestionNumbers.canonical(value));
    }

    @Override
    public QuestionGrade grade(Map<String, Object> definition, Map<String, Object> response, double maxPoints) {
        Object value = validateResponse(definition, response).get("value");
        if (value == null) {
            return QuestionGrade.unanswered(maxPoints);
        }
        double given = ((Number) value).doubleValue();
        Map<String, Object> best = null;
        for (Map<String, Object> answer : QuestionMaps.objects(definition, "answers")) {
            if (NumericalAnswer.accepts(answer, given) && (best == null || weight(answer) > weight(best))) {
                best = answer;
            }
        }
        String feedback = best == null ? QuestionMaps.text(definition, "feedbackWrong") : QuestionMaps.text(best, "feedback");
        return QuestionGrade.automatic(best == null ? 0 : weight(best) / 100, maxPoints,
                feedback == null ? List.of() : List.of(feedback));
    }

    @Override
    public Map<String, Object> reviewView(Map<String, Object> definition, Map<String, Object> response,
                                          QuestionGrade grade, Locale locale) {
        List<String> accepted = QuestionMaps.objects(definition, "answers").stream().filter(a -> weight(a) == 100)
                .map(a -> describe(a, locale)).toList();
        Map<String, Object> review = QuestionReview.start(QuestionReview.rightAnswer(this, locale, accepted), grade);
        review.put("accepted", accepted);
        if (response != null && response.get("value") instanceof Number given) {
            review.put("given", given);
        }
        return review;
    }

    private String describe(Map<String, Object> answer, Locale locale) {
        if (answer.containsKey("min")) {
            return QuestionMessages.get(this, locale, "review.range",
                    QuestionNumbers.format(QuestionMaps.number(answer, "min", 0), locale),
                    QuestionNumbers.format(QuestionMaps.number(answer, "max", 0), locale));
        }
        String value = QuestionNumbers.format(QuestionMaps.number(answer, "value", 0), locale);
        double tolerance = QuestionMaps.number(answer, "tolerance", 0);
        return tolerance == 0 ? value : QuestionMessages.get(this, locale, "review.tolerance", value,
                QuestionNumbers.format(tolerance, locale));
    }

    private static double weight(Map<String, Object> answer) {
        return QuestionMaps.number(answer, "weight", 100);
    }

    @Override
    public Html renderInput(QuestionInput question) {
        return NumericalPage.input(this, question);
    }

    @Override
    public Map<String, Object> readResponse(QuestionInput question, FormFields form) {
        return NumericalPage.read(this, question, form);
    }

    @Override
    public Html renderReview(ReviewInput review) {
        return NumericalPage.review(this, review);
    }

    /** Says at once, as the learner types, when the answer is not a number (see {@link NumericalPage}). */
    @Override
    public Optional<String> script() {
        return Optional.of("plugins/qtype_numerical/numerical.js");
    }

    @Override
    public Optional<Html> renderForm(QuestionForm form) {
        return Optional.of(NumericalForm.render(this, form));
    }

    @Override
    public Map<String, Object> readForm(FormFields form) {
        return NumericalForm.read(form);
    }
}
