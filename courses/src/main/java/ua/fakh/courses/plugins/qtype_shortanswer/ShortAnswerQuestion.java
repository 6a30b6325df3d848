package ua.fakh.courses.plugins.qtype_shortanswer;

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
 * A word or a phrase typed by the learner. Definition
 * {@code {answers: [{text, weight, feedback?}], caseSensitive: false}}: {@code weight} in percent
 * from 0 to 100 (default 100; a 0% answer carries feedback for a common mistake), at least one
 * answer worth 100%. Typed and accepted texts are compared as {@link AnswerText} describes; the
 * best matching answer counts. Response {@code {text}}.
 */
@Singleton
public class ShortAnswerQuestion implements QuestionType {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("qtype_shortanswer", "1.0.0");
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
            answers.add(QuestionMaps.of("text", item.text("text", true, QuestionLimits.OPTION_TEXT),
                    "weight", QuestionNumbers.canonical(percent),
                    "feedback", item.text("feedback", false, QuestionLimits.FEEDBACK)));
        }
        if (!answers.isEmpty() && !anyFull) {
            fields.reject("answers", "qtype_shortanswer.problem.noFullAnswer");
        }
        boolean caseSensitive = fields.flag("caseSensitive", false);
        fields.throwIfInvalid();
        return QuestionMaps.of("answers", answers, "caseSensitive", caseSensitive);
    }

    @Override
    public Map<String, Object> learnerView(Map<String, Object> definition, long seed, boolean shuffle) {
        return QuestionMaps.of();
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
        String text = (String) validateResponse(definition, response).get("text");
        if (text == null) {
            return QuestionGrade.unanswered(maxPoints);
        }
        boolean caseSensitive = QuestionMaps.flag(definition, "caseSensitive", false);
        String typed = AnswerText.normalise(text, caseSensitive);
        Map<String, Object> best = null;
        for (Map<String, Object> answer : QuestionMaps.objects(definition, "answers")) {
            boolean matches = AnswerText.normalise(QuestionMaps.text(answer, "text"), caseSensitive).equals(typed);
            if (matches && (best == null || weight(answer) > weight(best))) {
                best = answer;
            }
        }
        if (best == null) {
            return QuestionGrade.automatic(0, maxPoints, List.of());
        }
        String feedback = QuestionMaps.text(best, "feedback");
        return QuestionGrade.automatic(weight(best) / 100, maxPoints, feedback == null ? List.of() : List.of(feedback));
    }

    @Override
    public Map<String, Object> reviewView(Map<String, Object> definition, Map<String, Object> response,
                                          QuestionGrade grade, Locale locale) {
        List<String> accepted = QuestionMaps.objects(definition, "answers").stream()
                .filter(a -> weight(a) == 100).map(a -> QuestionMaps.text(a, "text")).toList();
        Map<String, Object> review = QuestionReview.start(QuestionReview.rightAnswer(this, locale, accepted), grade);
        review.put("accepted", accepted);
        String given = QuestionMaps.text(response, "text");
        if (given != null) {
            review.put("given", given);
        }
        return review;
    }

    private static double weight(Map<String, Object> answer) {
        return QuestionMaps.number(answer, "weight", 100);
    }

    @Override
    public Html renderInput(QuestionInput question) {
        return ShortAnswerPage.input(this, question);
    }

    @Override
    public Map<String, Object> readResponse(QuestionInput question, FormFields form) {
        return ShortAnswerPage.read(question, form);
    }

    @Override
    public Html renderReview(ReviewInput review) {
        return ShortAnswerPage.review(this, review);
    }

    @Override
    public Optional<Html> renderForm(QuestionForm form) {
        return Optional.of(ShortAnswerForm.render(this, form));
    }

    @Override
    public Map<String, Object> readForm(FormFields form) {
        return ShortAnswerForm.read(form);
    }
}
