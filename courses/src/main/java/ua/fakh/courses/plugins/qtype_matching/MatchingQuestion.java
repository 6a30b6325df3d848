package ua.fakh.courses.plugins.qtype_matching;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.courses.spi.QuestionChoices;
import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.Html;
import ua.fakh.courses.spi.QuestionFields;
import ua.fakh.courses.spi.QuestionForm;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionIds;
import ua.fakh.courses.spi.QuestionLimits;
import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionReview;
import ua.fakh.courses.spi.QuestionShuffle;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.ReviewInput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Match each item on the left with one on the right. Definition
 * {@code {pairs: [{id, left, right}], shuffle: true}}: at least two pairs; a pair without
 * {@code left} is a distractor, an extra right-hand option that matches nothing. Several lefts may
 * share a right. The learner sees {@code left[{id, text}]} and {@code right[{id, text}]}, the
 * distinct right-hand texts with ids derived from the text, so they say nothing about which left
 * they belong to. Response {@code {pairs: {leftId: rightId}}}; the score is the share of lefts
 * matched rightly.
 */
@Singleton
public class MatchingQuestion implements QuestionType {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("qtype_matching", "1.0.0");
    }

    @Override
    public Map<String, Object> validateDefinition(Map<String, Object> definition) {
        QuestionFields fields = QuestionFields.definition(definition);
        List<QuestionFields> items = fields.objects("pairs", 2, QuestionLimits.OPTIONS);
        List<String> ids = QuestionFields.ids(items);
        List<Map<String, Object>> pairs = new ArrayList<>();
        int matched = 0;
        for (int i = 0; i < items.size(); i++) {
            QuestionFields item = items.get(i);
            String left = item.text("left", false, QuestionLimits.OPTION_TEXT);
            String right = item.text("right", true, QuestionLimits.OPTION_TEXT);
            matched += left == null ? 0 : 1;
            pairs.add(left == null ? QuestionMaps.of("right", right)
                    : QuestionMaps.of("id", ids.get(i), "left", left, "right", right));
        }
        if (items.size() >= 2 && matched < 2) {
            fields.reject("pairs", "qtype_matching.problem.twoPairs");
        }
        boolean shuffle = fields.flag("shuffle", true);
        fields.throwIfInvalid();
        return QuestionMaps.of("pairs", pairs, "shuffle", shuffle);
    }

    @Override
    public Map<String, Object> learnerView(Map<String, Object> definition, long seed, boolean shuffle) {
        boolean shuffled = shuffle && QuestionMaps.flag(definition, "shuffle", true);
        List<Map<String, Object>> rights = new ArrayList<>();
        rightIds(definition).forEach((text, id) -> rights.add(QuestionMaps.of("id", id, "text", text)));
        // Always shuffled: in the written order, the rights would line up with their lefts.
        return QuestionMaps.of("left", QuestionChoices.forLearner(lefts(definition), "left", seed, shuffled),
                "right", QuestionShuffle.shuffled(rights, ~seed));
    }

    @Override
    public Map<String, Object> validateResponse(Map<String, Object> definition, Map<String, Object> response) {
        QuestionFields fields = QuestionFields.response(response);
        Map<String, Object> given = fields.object("pairs");
        Map<String, Map<String, Object>> lefts = QuestionChoices.byId(lefts(definition));
        List<String> rightIds = List.copyOf(rightIds(definition).values());
        Map<String, Object> pairs = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : given.entrySet()) {
            Object rightId = entry.getValue();
            if (!lefts.containsKey(entry.getKey())) {
                fields.reject("pairs", "qtype_matching.problem.notALeftItem");
            } else if (rightId != null && !(rightId instanceof String)) {
                fields.reject("pairs." + entry.getKey(), "problem.field.notText");
            } else if (rightId != null && !((String) rightId).isBlank() && !rightIds.contains(rightId)) {
                fields.reject("pairs." + entry.getKey(), "qtype_matching.problem.notARightOption");
            }
        }
        fields.throwIfInvalid();
        for (String leftId : lefts.keySet()) {
            if (given.get(leftId) instanceof String rightId && !rightId.isBlank()) {
                pairs.put(leftId, rightId);
            }
        }
        return QuestionMaps.of("pairs", pairs);
    }

    @Override
    public QuestionGrade grade(Map<String, Object> definition, Map<String, Object> response, double maxPoints) {
        Object given = validateResponse(definition, response).get("pairs");
        List<Map<String, Object>> lefts = lefts(definition);
        if (!(given instanceof Map<?, ?> pairs) || pairs.isEmpty() || lefts.isEmpty()) {
            return QuestionGrade.unanswered(maxPoints);
        }
        long right = lefts.stream().filter(p -> rightIdOf(p).equals(pairs.get(p.get("id")))).count();
        return QuestionGrade.automatic((double) right / lefts.size(), maxPoints, List.of());
    }

    @Override
    public Map<String, Object> reviewView(Map<String, Object> definition, Map<String, Object> response,
                                          QuestionGrade grade, Locale locale) {
        Object given = response == null ? null : response.get("pairs");
        Map<?, ?> chosen = given instanceof Map<?, ?> map ? map : Map.of();
        Map<String, String> textById = new LinkedHashMap<>();
        rightIds(definition).forEach((text, id) -> textById.put(id, text));
        List<Map<String, Object>> pairs = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (Map<String, Object> pair : lefts(definition)) {
            Object chosenId = chosen.get(pair.get("id"));
            right.add(pair.get("left") + " → " + pair.get("right"));
            pairs.add(QuestionMaps.of("leftId", pair.get("id"), "left", pair.get("left"), "right", pair.get("right"),
                    "given", chosenId == null ? null : textById.get(String.valueOf(chosenId)),
                    "correct", rightIdOf(pair).equals(chosenId)));
        }
        Map<String, Object> review = QuestionReview.start(QuestionReview.rightAnswer(this, locale, right), grade);
        review.put("pairs", pairs);
        return review;
    }

    private static List<Map<String, Object>> lefts(Map<String, Object> definition) {
        return QuestionMaps.objects(definition, "pairs").stream().filter(p -> p.get("left") != null).toList();
    }

    /** Each distinct right-hand text, in the written order, with its id. */
    private static Map<String, String> rightIds(Map<String, Object> definition) {
        Map<String, String> ids = new LinkedHashMap<>();
        QuestionMaps.objects(definition, "pairs").forEach(p -> ids.computeIfAbsent((String) p.get("right"), MatchingQuestion::rightId));
        return ids;
    }

    private static String rightIdOf(Map<String, Object> pair) {
        return rightId((String) pair.get("right"));
    }

    private static String rightId(String text) {
        return QuestionIds.derived("r", text);
    }

    @Override
    public Html renderInput(QuestionInput question) {
        return MatchingPage.input(this, question);
    }

    @Override
    public Map<String, Object> readResponse(QuestionInput question, FormFields form) {
        return MatchingPage.read(question, form);
    }

    @Override
    public Html renderReview(ReviewInput review) {
        return MatchingPage.review(review);
    }

    @Override
    public Optional<Html> renderForm(QuestionForm form) {
        return Optional.of(MatchingForm.render(this, form));
    }

    @Override
    public Map<String, Object> readForm(FormFields form) {
        return MatchingForm.read(form);
    }
}
