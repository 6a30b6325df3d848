package ua.fakh.courses.plugins.qtype_multichoice;

import org.junit.jupiter.api.Test;
import ua.fakh.core.errors.FieldError;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionRejectedException;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.QuestionTypeContract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultiChoiceQuestionTest extends QuestionTypeContract {
    private static final List<String> IDS = List.of("m1", "m2", "m3", "m4");

    @Override
    protected QuestionType plugin() {
        return new MultiChoiceQuestion();
    }

    @Override
    protected Map<String, Object> validDefinition() {
        return Map.of("choices", List.of(
                Map.of("id", "m1", "text", "Оцінити потреби сім'ї", "weight", 50, "feedback", "Так, з цього все починається."),
                Map.of("id", "m2", "text", "Скласти план супроводу разом із сім'єю", "weight", 50.0),
                Map.of("id", "m3", "text", "Забрати дитину без рішення суду", "weight", -100, "feedback", "Ні: це порушення прав."),
                Map.of("id", "m4", "text", "Повідомити школу", "weight", 0)));
    }

    @Override
    protected Map<String, Object> correctResponse(Map<String, Object> definition) {
        return Map.of("choiceIds", List.of("m2", "m1"));
    }

    @Override
    protected Map<String, Object> wrongResponse(Map<String, Object> definition) {
        return Map.of("choiceIds", List.of("m3"));
    }

    @Override
    protected List<Map<String, Object>> emptyResponses() {
        return List.of(Map.of("choiceIds", List.of()));
    }

    @Override
    protected List<Map<String, Object>> malformedResponses(Map<String, Object> definition) {
        return List.of(Map.of("choiceIds", "m1"), Map.of("choiceIds", List.of("m1", "zz")),
                Map.of("choiceIds", List.of(1, 2)), Map.of("choiceIds", Map.of("m1", true)));
    }

    @Override
    protected List<Map<String, Object>> malformedDefinitions() {
        Map<String, Object> half = Map.of("text", "Так", "weight", 50);
        return List.of(Map.of(), Map.of("choices", List.of(with(half, "weight", 100))),
                Map.of("choices", List.of(half, Map.of("text", "Ні", "weight", 40))),
                Map.of("choices", List.of(half, Map.of("text", "Ні"))),
                Map.of("choices", List.of(half, Map.of("text", "Ні", "weight", "50"))),
                Map.of("choices", List.of(half, half, Map.of("text", "Ні", "weight", -150))),
                Map.of("choices", List.of(half, Map.of("text", "", "weight", 50))));
    }

    @Override
    protected Map<String, Object> randomResponse(Map<String, Object> definition, Random random) {
        List<String> chosen = new ArrayList<>();
        IDS.forEach(id -> {
            if (random.nextBoolean()) {
                chosen.add(id);
            }
        });
        return Map.of("choiceIds", chosen);
    }

    @Test
    void givesHalfForOneOfTwoRightChoices() {
        QuestionGrade grade = plugin().grade(definition(), Map.of("choiceIds", List.of("m1")), 2);
        assertThat(grade.score()).isEqualTo(1);
        assertThat(grade.feedback()).containsExactly("Так, з цього все починається.");
    }

    @Test
    void subtractsForWrongChoicesButNeverGoesBelowZero() {
        Map<String, Object> definition = definition();
        assertThat(plugin().grade(definition, Map.of("choiceIds", List.of("m1", "m3")), 2).score()).isZero();
        assertThat(plugin().grade(definition, Map.of("choiceIds", List.of("m1", "m2", "m3")), 2).score()).isZero();
        assertThat(plugin().grade(definition, Map.of("choiceIds", List.of("m1", "m2", "m4")), 2).score()).isEqualTo(2);
    }

    @Test
    void acceptsThirdsAndGivesThemFullMarks() {
        Map<String, Object> definition = plugin().validateDefinition(Map.of("choices", List.of(
                Map.of("id", "a", "text", "Житло", "weight", 33.333),
                Map.of("id", "b", "text", "Харчування", "weight", 33.333),
                Map.of("id", "c", "text", "Безпека", "weight", 33.333),
                Map.of("id", "d", "text", "Розваги", "weight", -50))));
        QuestionGrade grade = plugin().grade(definition, Map.of("choiceIds", List.of("c", "a", "b")), 3);
        assertThat(grade.correct()).isTrue();
        assertThat(grade.score()).isEqualTo(3);
    }

    @Test
    void normalisesTheChoiceIdsToTheQuestionsOrderWithoutRepeats() {
        assertThat(plugin().validateResponse(definition(), Map.of("choiceIds", List.of("m4", "m1", "m4"))))
                .isEqualTo(Map.of("choiceIds", List.of("m1", "m4")));
    }

    @Test
    void explainsWhatTheWeightsAddUpTo() {
        assertThatThrownBy(() -> plugin().validateDefinition(Map.of("choices", List.of(
                Map.of("text", "а", "weight", 50), Map.of("text", "б", "weight", 30)))))
                .isInstanceOf(QuestionRejectedException.class)
                .satisfies(e -> {
                    FieldError error = ((QuestionRejectedException) e).fieldErrors().get(0);
                    assertThat(error.message()).isEqualTo("qtype_multichoice.problem.weightsNot100");
                    assertThat(error.arguments()).containsExactly("80");
                });
    }
}
