package ua.fakh.courses.plugins.qtype_singlechoice;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionIds;
import ua.fakh.courses.spi.QuestionMaps;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.QuestionTypeContract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SingleChoiceQuestionTest extends QuestionTypeContract {

    @Override
    protected QuestionType plugin() {
        return new SingleChoiceQuestion();
    }

    @Override
    protected Map<String, Object> validDefinition() {
        return Map.of("choices", List.of(
                Map.of("id", "a1", "text", "  Соціальний супровід сім'ї  ", "correct", true,
                        "feedback", "Так: супровід — це тривала підтримка сім'ї у складних обставинах."),
                Map.of("id", "b2", "text", "Разова грошова допомога", "correct", false, "feedback", "Ні, це інша послуга."),
                Map.of("id", "c3", "text", "Консультування", "weight", 50, "feedback", "Частково: це лише складова супроводу."),
                Map.of("id", "d4", "text", "Направлення до суду")));
    }

    @Override
    protected Map<String, Object> correctResponse(Map<String, Object> definition) {
        return Map.of("choiceId", "a1");
    }

    @Override
    protected Map<String, Object> wrongResponse(Map<String, Object> definition) {
        return Map.of("choiceId", "b2");
    }

    @Override
    protected List<Map<String, Object>> emptyResponses() {
        return List.of(Map.of("choiceId", ""), with(Map.of(), "choiceId", null));
    }

    @Override
    protected List<Map<String, Object>> malformedResponses(Map<String, Object> definition) {
        return List.of(Map.of("choiceId", "zz9"), Map.of("choiceId", 5), Map.of("choiceId", List.of("a1")),
                Map.of("choiceId", "x".repeat(100)));
    }

    @Override
    protected List<Map<String, Object>> malformedDefinitions() {
        Map<String, Object> right = Map.of("text", "Так", "correct", true);
        Map<String, Object> wrong = Map.of("text", "Ні");
        return List.of(Map.of(), Map.of("choices", "Так; Ні"), Map.of("choices", List.of(right)),
                Map.of("choices", List.of(wrong, Map.of("text", "Можливо"))),
                Map.of("choices", List.of(right, Map.of("text", "  "))),
                Map.of("choices", List.of(right, "Ні")),
                Map.of("choices", List.of(with(right, "id", "x"), with(wrong, "id", "x"))),
                Map.of("choices", List.of(with(right, "id", "не латиниця"), wrong)),
                Map.of("choices", List.of(with(right, "weight", 50), wrong)),
                Map.of("choices", List.of(right, with(wrong, "weight", 150))),
                Map.of("choices", List.of(right, with(wrong, "correct", "так"))),
                Map.of("choices", List.of(right, wrong), "shuffle", "ні"));
    }

    @Override
    protected Map<String, Object> randomResponse(Map<String, Object> definition, Random random) {
        List<String> ids = List.of("a1", "b2", "c3", "d4");
        int pick = random.nextInt(ids.size() + 1);
        return pick == ids.size() ? Map.of() : Map.of("choiceId", ids.get(pick));
    }

    @Test
    void givesPartialCreditAndTheChoicesFeedback() {
        QuestionGrade grade = plugin().grade(definition(), Map.of("choiceId", "c3"), 4);
        assertThat(grade.score()).isEqualTo(2);
        assertThat(grade.correct()).isFalse();
        assertThat(grade.feedback()).containsExactly("Частково: це лише складова супроводу.");
    }

    @Test
    void trimsTextsAndTurnsOnShufflingByDefault() {
        Map<String, Object> definition = definition();
        assertThat(QuestionMaps.objects(definition, "choices").get(0)).containsEntry("text", "Соціальний супровід сім'ї");
        assertThat(definition).containsEntry("shuffle", true);
    }

    @Test
    void generatesMissingIdsOnceAndKeepsThem() {
        Map<String, Object> definition = plugin().validateDefinition(Map.of("choices", List.of(
                Map.of("text", "Так", "correct", true), Map.of("text", "Ні"), Map.of("id", "keep", "text", "Не знаю"))));
        List<String> ids = QuestionMaps.objects(definition, "choices").stream().map(c -> (String) c.get("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(QuestionIds::isWellFormed).endsWith("keep");
        assertThat(plugin().validateDefinition(definition)).isEqualTo(definition);
    }

    @Test
    void keepsTheWrittenOrderWhenShufflingIsOff() {
        Map<String, Object> unshuffled = plugin().validateDefinition(with(validDefinition(), "shuffle", false));
        for (long seed = 0; seed < 10; seed++) {
            assertThat(ids(plugin().learnerView(unshuffled, seed, true))).containsExactly("a1", "b2", "c3", "d4");
            assertThat(ids(plugin().learnerView(definition(), seed, false))).containsExactly("a1", "b2", "c3", "d4");
        }
    }

    @Test
    void reviewMarksTheRightAndTheChosenChoices() {
        Map<String, Object> definition = definition();
        Map<String, Object> response = Map.of("choiceId", "b2");
        QuestionGrade grade = plugin().grade(definition, response, 1);
        Map<String, Object> review = plugin().reviewView(definition, response, grade, UKRAINIAN);
        assertThat(review.get("rightAnswer")).isEqualTo("Правильна відповідь: Соціальний супровід сім'ї");
        assertThat(QuestionMaps.objects(review, "choices")).anySatisfy(c -> assertThat(c)
                .containsEntry("id", "b2").containsEntry("selected", true).containsEntry("correct", false)
                .containsEntry("feedback", "Ні, це інша послуга."));
        assertThat(plugin().reviewView(definition, response, grade, Locale.ENGLISH).get("rightAnswer"))
                .isEqualTo("The right answer is: Соціальний супровід сім'ї");
    }

    private static List<Object> ids(Map<String, Object> view) {
        return QuestionMaps.objects(view, "choices").stream().map(c -> c.get("id")).toList();
    }
}
