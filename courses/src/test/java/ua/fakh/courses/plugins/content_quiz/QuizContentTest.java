package ua.fakh.courses.plugins.content_quiz;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.ContentForm;
import ua.fakh.courses.spi.ContentTypeContract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class QuizContentTest extends ContentTypeContract {
    private static final String FAMILY = "0190a0c3-5a1e-7f00-9c1f-3b6a1d2e4f50";

    @Override
    protected QuizContent plugin() {
        return new QuizContent((courseId, locale) -> List.of());
    }

    @Override
    protected Map<String, Object> validContent() {
        return Map.of("category", " Ведення випадку ", "randomCount", 3, "timeLimitSeconds", 600, "attemptsAllowed", 3,
                "role", "POST_TEST", "grading", "LAST", "unknown", "dropped");
    }

    @Override
    protected List<Map<String, Object>> invalidContents() {
        return List.of(Map.of("category", "A", "randomCount", 2, "questionIds", List.of(FAMILY)),
                Map.of("questionIds", List.of("not-an-id")), Map.of("questionIds", List.of()),
                Map.of("category", "A", "randomCount", 0), Map.of("category", "A", "randomCount", 2.5),
                Map.of("category", "A", "randomCount", 2, "passingScorePercent", 101),
                Map.of("category", "A", "randomCount", 2, "timeLimitSeconds", 10),
                Map.of("category", "A", "randomCount", 2, "role", "FINAL"),
                Map.of("category", "A", "randomCount", 2, "showAnswers", "ALWAYS"));
    }

    @Test
    void keepsTheStoredJsonShapeWithTheDefaultsFilledIn() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("questionIds", List.of(FAMILY));
        expected.put("shuffle", false);
        expected.put("passingScorePercent", 60);
        expected.put("role", "GRADED");
        expected.put("grading", "HIGHEST");
        expected.put("showAnswers", "AFTER_SUBMIT");

        Map<String, Object> content = plugin().validate(Map.of("questionIds", List.of(FAMILY)), MATERIALS);

        assertThat(content).containsExactlyEntriesOf(expected);
    }

    @Test
    void aPreTestNeverHoldsCompletionUp() {
        assertThat(plugin().countsTowardCompletion(plugin().validate(Map.of("category", "A", "randomCount", 1, "role", "PRE_TEST"),
                MATERIALS))).isFalse();
        assertThat(plugin().countsTowardCompletion(plugin().validate(validContent(), MATERIALS))).isTrue();
    }

    @Test
    void mapsItsQuestionsToThoseOfAnImportedBank() {
        UUID copy = UUID.randomUUID();
        Map<String, Object> content = plugin().validate(Map.of("questionIds", List.of(FAMILY)), MATERIALS);

        assertThat(plugin().withQuestions(content, Map.of(UUID.fromString(FAMILY), copy)))
                .containsEntry("questionIds", List.of(copy.toString()));
    }

    @Test
    void theEditorFormOffersEveryRuleWithTheSavedChoiceSelected() {
        Map<String, Object> content = plugin().validate(validContent(), MATERIALS);

        String html = plugin().renderForm(new ContentForm(UUID.randomUUID(), content, Map.of("content.role", "<b>no</b>"),
                List.of(), "/m", Locale.ENGLISH)).orElseThrow().toString();

        assertThat(html).contains("name=\"c.category\"", "value=\"Ведення випадку\"", "name=\"c.int.randomCount\"",
                        "<option value=\"POST_TEST\" selected>Post-test</option>", "<option value=\"LAST\" selected>The last</option>",
                        "name=\"c.bool.shuffle\"", "&lt;b&gt;no&lt;/b&gt;")
                .doesNotContain("<b>no</b>");
    }
}
