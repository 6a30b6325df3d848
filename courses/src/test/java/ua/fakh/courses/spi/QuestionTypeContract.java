package ua.fakh.courses.spi;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import ua.fakh.core.plugins.PluginContract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every question type must do; each {@code qtype_*} plugin has a test extending this one.
 * Subclasses give the plugin, a valid definition, responses (fully right, wrong, malformed, random)
 * and definitions that must be refused.
 */
public abstract class QuestionTypeContract extends PluginContract {
    protected static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    /** Words that give a key away when they appear in a key of the learner's view. */
    private static final List<String> KEY_WORDS = List.of("correct", "weight", "answer", "feedback", "grader",
            "tolerance", "pair", "case");
    private static final Set<String> KEY_NAMES = Set.of("min", "max", "value");
    private static final double[] MAX_POINTS = {0, 1, 2.5, 10};

    @Override
    protected abstract QuestionType plugin();

    @Override
    protected final String expectedType() {
        return "qtype";
    }

    protected abstract Map<String, Object> validDefinition();

    /** A response worth full marks to the normalised {@code definition}. */
    protected abstract Map<String, Object> correctResponse(Map<String, Object> definition);

    /** A response worth less than full marks. */
    protected abstract Map<String, Object> wrongResponse(Map<String, Object> definition);

    protected abstract List<Map<String, Object>> malformedResponses(Map<String, Object> definition);

    protected abstract List<Map<String, Object>> malformedDefinitions();

    /** Any well-formed response a learner might give. */
    protected abstract Map<String, Object> randomResponse(Map<String, Object> definition, Random random);

    /** Texts that give the key away (accepted answers, numbers); feedback and grader notes are checked anyway. */
    protected List<String> secrets(Map<String, Object> definition) {
        return List.of();
    }

    /** Empty answers of this type's shape, besides null and {}. */
    protected List<Map<String, Object>> emptyResponses() {
        return List.of();
    }

    protected Map<String, Object> definition() {
        return plugin().validateDefinition(validDefinition());
    }

    @Test
    void normalisingTwiceChangesNothing() {
        Map<String, Object> once = definition();
        assertThat(plugin().validateDefinition(once)).isEqualTo(once);
    }

    @Test
    void refusesMalformedDefinitionsNamingDefinitionFields() {
        for (Map<String, Object> definition : malformedDefinitions()) {
            assertThatThrownBy(() -> plugin().validateDefinition(definition))
                    .as("definition %s", definition)
                    .isInstanceOf(QuestionRejectedException.class)
                    .satisfies(e -> assertThat(((QuestionRejectedException) e).fieldErrors()).isNotEmpty()
                            .allSatisfy(f -> assertThat(f.field()).startsWith("definition.")));
        }
    }

    @Test
    void givesFullMarksForTheRightAnswer() {
        Map<String, Object> definition = definition();
        QuestionGrade grade = plugin().grade(definition, correctResponse(definition), 2);
        if (!plugin().scored()) {
            assertThat(grade.score()).isZero();
            assertThat(grade.needsManualGrading()).isFalse();
        } else if (plugin().autoGraded()) {
            assertThat(grade.score()).isEqualTo(2);
            assertThat(grade.fraction()).isEqualTo(1);
            assertThat(grade.correct()).isTrue();
        } else {
            assertThat(grade.needsManualGrading()).isTrue();
            assertThat(grade.score()).isZero();
        }
    }

    @Test
    void givesLessForAWrongAnswer() {
        Map<String, Object> definition = definition();
        QuestionGrade grade = plugin().grade(definition, wrongResponse(definition), 2);
        assertThat(grade.score()).isLessThan(2);
        assertThat(grade.correct()).isFalse();
    }

    @Test
    void acceptsAnEmptyAnswerAndScoresItZero() {
        Map<String, Object> definition = definition();
        List<Map<String, Object>> empties = new ArrayList<>(emptyResponses());
        empties.add(Map.of());
        empties.add(null);
        for (Map<String, Object> empty : empties) {
            plugin().validateResponse(definition, empty);
            QuestionGrade grade = plugin().grade(definition, empty, 3);
            assertThat(grade.score()).as("response %s", empty).isZero();
            assertThat(grade.needsManualGrading()).isFalse();
        }
    }

    @Test
    void refusesMalformedResponsesNamingResponseFields() {
        Map<String, Object> definition = definition();
        for (Map<String, Object> response : malformedResponses(definition)) {
            for (Runnable call : List.<Runnable>of(() -> plugin().validateResponse(definition, response),
                    () -> plugin().grade(definition, response, 1))) {
                assertThatThrownBy(call::run)
                        .as("response %s", abbreviated(response))
                        .isInstanceOf(QuestionRejectedException.class)
                        .satisfies(e -> assertThat(((QuestionRejectedException) e).fieldErrors()).isNotEmpty()
                                .allSatisfy(f -> assertThat(f.field()).startsWith("response.")));
            }
        }
    }

    @Test
    void keepsEveryScoreBetweenZeroAndTheMaximum() {
        Map<String, Object> definition = definition();
        List<Map<String, Object>> responses = new ArrayList<>(List.of(correctResponse(definition), wrongResponse(definition)));
        responses.addAll(emptyResponses());
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            responses.add(randomResponse(definition, random));
        }
        for (Map<String, Object> response : responses) {
            for (double max : MAX_POINTS) {
                QuestionGrade grade = plugin().grade(definition, response, max);
                assertThat(grade.score()).as("response %s", response).isBetween(0.0, max);
                assertThat(grade.fraction()).isBetween(0.0, 1.0);
                assertThat(grade.maxPoints()).isEqualTo(max);
            }
        }
    }

    @Test
    void gradesTheSameAnswerTheSameWay() {
        Map<String, Object> definition = definition();
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            Map<String, Object> response = randomResponse(definition, random);
            QuestionGrade first = plugin().grade(definition, response, 5);
            assertThat(plugin().grade(definition, response, 5)).isEqualTo(first);
            Map<String, Object> normalised = plugin().validateResponse(definition, response);
            assertThat(plugin().validateResponse(definition, normalised)).isEqualTo(normalised);
            assertThat(plugin().grade(definition, normalised, 5)).isEqualTo(first);
        }
    }

    @Test
    void refusesANegativeMaximum() {
        Map<String, Object> definition = definition();
        assertThatThrownBy(() -> plugin().grade(definition, correctResponse(definition), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void asksForATrainerOnlyWhenItDoesNotGradeItself() {
        Map<String, Object> definition = definition();
        Random random = new Random(3);
        for (int i = 0; i < 30; i++) {
            QuestionGrade grade = plugin().grade(definition, randomResponse(definition, random), 1);
            if (plugin().autoGraded()) {
                assertThat(grade.needsManualGrading()).isFalse();
            } else if (grade.needsManualGrading()) {
                assertThat(grade.score()).isZero();
            }
        }
    }

    @Test
    void showsTheLearnerNothingThatGivesTheKeyAway() {
        Map<String, Object> definition = definition();
        List<String> secrets = new ArrayList<>(secrets(definition));
        collectFeedback(definition, secrets);
        for (boolean shuffle : new boolean[]{true, false}) {
            Map<String, Object> view = plugin().learnerView(definition, 11, shuffle);
            for (String key : keys(view)) {
                String lower = key.toLowerCase(Locale.ROOT);
                assertThat(KEY_WORDS).as("key %s of %s", key, view).noneMatch(lower::contains);
                assertThat(KEY_NAMES).as("key %s of %s", key, view).doesNotContain(lower);
            }
            String shown = String.valueOf(view);
            assertThat(secrets).as("view %s", view).noneMatch(shown::contains);
            assertThat(values(view)).as("view %s", view).noneMatch(v -> v instanceof Boolean);
        }
    }

    @Test
    void showsTheSameOrderForTheSameSeed() {
        Map<String, Object> definition = definition();
        for (long seed : new long[]{0, 1, 42, -9_000_000_000L}) {
            assertThat(plugin().learnerView(definition, seed, true)).isEqualTo(plugin().learnerView(definition, seed, true));
        }
    }

    @Test
    void shufflesDifferentlyForSomeSeeds() {
        Map<String, Object> definition = definition();
        Map<String, Object> first = plugin().learnerView(definition, 0, true);
        boolean hasOptions = first.values().stream().anyMatch(v -> v instanceof List<?> list && list.size() > 1);
        Assumptions.assumeTrue(hasOptions, "the learner sees no options to shuffle");
        Set<Map<String, Object>> views = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            views.add(plugin().learnerView(definition, seed, true));
        }
        assertThat(views).hasSizeGreaterThan(1);
    }

    @Test
    void reviewsWithTheFeedbackAndTheRightAnswerInTheLearnersLanguage() {
        Map<String, Object> definition = definition();
        for (Map<String, Object> response : List.of(correctResponse(definition), wrongResponse(definition))) {
            QuestionGrade grade = plugin().grade(definition, response, 1);
            Map<String, Object> english = plugin().reviewView(definition, response, grade, Locale.ENGLISH);
            Map<String, Object> ukrainian = plugin().reviewView(definition, response, grade, UKRAINIAN);
            assertThat(english.get("feedback")).isEqualTo(grade.feedback());
            if (plugin().autoGraded() && plugin().scored()) {
                assertThat(english.get("rightAnswer")).isInstanceOf(String.class).isNotEqualTo(ukrainian.get("rightAnswer"));
            }
        }
    }

    @Test
    void rendersItsInputsNamedByTheFieldWithTheSavedAnswer() {
        Map<String, Object> definition = definition();
        for (Locale locale : List.of(UKRAINIAN, Locale.ENGLISH)) {
            for (Map<String, Object> response : List.of(Map.<String, Object>of(), correctResponse(definition))) {
                String html = plugin().renderInput(input(definition, response, locale)).toString();
                if (!plugin().scored()) {
                    assertThat(html).as("a type that asks nothing has no inputs").doesNotContain("name=");
                    continue;
                }
                assertThat(html).as("inputs for %s", response).contains("name=\"a.q-1").doesNotContainIgnoringCase("<script")
                        .doesNotContain("plugin.name").doesNotContain("input.").doesNotContain("review.");
            }
        }
    }

    @Test
    void aFormWithoutItsFieldsLeavesTheAnswerAlone() {
        Map<String, Object> definition = definition();
        assertThat(plugin().readResponse(input(definition, Map.of(), Locale.ENGLISH), FormFields.of(Map.of()))).isNull();
    }

    @Test
    void rendersTheReviewWithTheRightAnswerAndFeedbackInBothLanguages() {
        Map<String, Object> definition = definition();
        for (Locale locale : List.of(UKRAINIAN, Locale.ENGLISH)) {
            for (Map<String, Object> response : List.of(correctResponse(definition), wrongResponse(definition), Map.<String, Object>of())) {
                QuestionGrade grade = plugin().grade(definition, response, 1);
                Map<String, Object> review = plugin().reviewView(definition, response, grade, locale);
                String html = plugin().renderReview(new ReviewInput(view(definition), response, review, locale)).toString();
                assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("review.").doesNotContain("input.");
                if (review.get("rightAnswer") instanceof String right) {
                    assertThat(html).contains(SafeHtml.escape(right));
                }
                for (String feedback : grade.feedback()) {
                    assertThat(html).contains(SafeHtml.escape(feedback));
                }
            }
        }
    }

    @Test
    void readsBackFromItsEditorFormTheDefinitionTheFormShows() {
        Map<String, Object> definition = definition();
        Optional<Html> form = plugin().renderForm(new QuestionForm(definition, Map.of(), UKRAINIAN));
        Assumptions.assumeTrue(form.isPresent(), "a type without an editor form of its own is edited as JSON");
        Map<String, Object> read = plugin().readForm(SubmittedForm.of(form.get().toString()));
        assertThat(plugin().validateDefinition(read)).isEqualTo(definition);
    }

    @Test
    void rendersAnEmptyEditorFormWithEveryFieldLabelledInBothLanguages() {
        for (Locale locale : List.of(UKRAINIAN, Locale.ENGLISH)) {
            Optional<Html> form = plugin().renderForm(new QuestionForm(Map.of(), Map.of(), locale));
            Assumptions.assumeTrue(form.isPresent(), "a type without an editor form of its own is edited as JSON");
            String html = form.get().toString();
            Assumptions.assumeFalse(html.isEmpty() && plugin().validateDefinition(Map.of()).isEmpty(),
                    "a type whose definition holds nothing has no fields to label");
            assertThat(html).contains("name=\"d.").doesNotContain("form.").doesNotContainIgnoringCase("<script");
            assertThat(SubmittedForm.unlabelled(html)).as("inputs without a label").isEmpty();
        }
    }

    @Test
    void showsEveryErrorOfARefusedDefinitionBesideItsField() {
        for (Map<String, Object> malformed : malformedDefinitions()) {
            Map<String, String> errors = new HashMap<>();
            try {
                plugin().validateDefinition(malformed);
            } catch (QuestionRejectedException e) {
                e.fieldErrors().forEach(f -> errors.put(f.field(), "ERROR<" + f.field() + ">"));
            }
            Optional<Html> form = plugin().renderForm(new QuestionForm(malformed, errors, Locale.ENGLISH));
            Assumptions.assumeTrue(form.isPresent(), "a type without an editor form of its own is edited as JSON");
            String html = form.get().toString();
            for (String field : errors.keySet()) {
                if (isShownByTheForm(field)) {
                    assertThat(html).as("form for %s", malformed).contains(SafeHtml.escape("ERROR<" + field + ">"));
                }
            }
        }
    }

    /**
     * Whether the editor shows this error beside a field; the page lists the others above the form.
     * An id the form keeps hidden, or a list item that is not an object, has no field of its own.
     */
    protected boolean isShownByTheForm(String field) {
        return !field.endsWith(".id") && !field.matches(".*\\[\\d+]$");
    }

    /** The question as the attempt page renders it: its learner view with the id and type the attempt adds. */
    protected QuestionInput input(Map<String, Object> definition, Map<String, Object> response, Locale locale) {
        return new QuestionInput(view(definition), response, "a.q-1", locale, null);
    }

    private Map<String, Object> view(Map<String, Object> definition) {
        Map<String, Object> view = new HashMap<>(plugin().learnerView(definition, 5, false));
        view.put("id", "q-1");
        view.put("type", plugin().descriptor().id());
        view.put("text", "<p>?</p>");
        view.put("points", 1.0);
        return view;
    }

    protected static Object abbreviated(Map<String, Object> response) {
        String text = String.valueOf(response);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static void collectFeedback(Object node, List<String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = String.valueOf(k).toLowerCase(Locale.ROOT);
                if ((key.contains("feedback") || key.contains("grader")) && v instanceof String s) {
                    into.add(s);
                }
                collectFeedback(v, into);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectFeedback(item, into));
        }
    }

    private static List<String> keys(Object node) {
        List<String> keys = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                keys.add(String.valueOf(k));
                keys.addAll(keys(v));
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> keys.addAll(keys(item)));
        }
        return keys;
    }

    private static List<Object> values(Object node) {
        List<Object> values = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> values.addAll(values(v)));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> values.addAll(values(item)));
        } else {
            values.add(node);
        }
        return values;
    }

    /** A copy of {@code map} with {@code key} set to {@code value} (which may be null). */
    protected static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.put(key, value);
        return copy;
    }
}
