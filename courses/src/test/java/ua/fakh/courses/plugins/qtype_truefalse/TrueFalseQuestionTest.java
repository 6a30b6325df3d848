package ua.fakh.courses.plugins.qtype_truefalse;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.QuestionTypeContract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TrueFalseQuestionTest extends QuestionTypeContract {

    @Override
    protected QuestionType plugin() {
        return new TrueFalseQuestion();
    }

    @Override
    protected Map<String, Object> validDefinition() {
        return Map.of("answer", false,
                "feedbackTrue", "Ні: для обробки персональних даних потрібна згода особи або підстава в законі.",
                "feedbackFalse", "Так, без згоди чи законної підстави — не можна.");
    }

    @Override
    protected Map<String, Object> correctResponse(Map<String, Object> definition) {
        return Map.of("value", false);
    }

    @Override
    protected Map<String, Object> wrongResponse(Map<String, Object> definition) {
        return Map.of("value", true);
    }

    @Override
    protected List<Map<String, Object>> emptyResponses() {
        return List.of(with(Map.of(), "value", null));
    }

    @Override
    protected List<Map<String, Object>> malformedResponses(Map<String, Object> definition) {
        return List.of(Map.of("value", "true"), Map.of("value", 1), Map.of("value", List.of(true)));
    }

    @Override
    protected List<Map<String, Object>> malformedDefinitions() {
        return List.of(Map.of(), Map.of("answer", "так"), Map.of("answer", 1),
                Map.of("answer", true, "feedbackTrue", 5), Map.of("answer", true, "feedbackFalse", "x".repeat(10_001)));
    }

    @Override
    protected Map<String, Object> randomResponse(Map<String, Object> definition, Random random) {
        int pick = random.nextInt(3);
        return pick == 2 ? Map.of() : Map.of("value", pick == 1);
    }

    @Test
    void showsTheFeedbackForTheAnswerGiven() {
        QuestionGrade grade = plugin().grade(definition(), Map.of("value", true), 1);
        assertThat(grade.feedback()).singleElement().asString().startsWith("Ні: для обробки");
    }

    @Test
    void reviewNamesTheRightAnswerInTheLearnersLanguage() {
        Map<String, Object> definition = definition();
        QuestionGrade grade = plugin().grade(definition, Map.of("value", true), 1);
        assertThat(plugin().reviewView(definition, Map.of("value", true), grade, UKRAINIAN))
                .containsEntry("rightAnswer", "Правильна відповідь: Неправда").containsEntry("given", true);
        assertThat(plugin().reviewView(definition, Map.of("value", true), grade, Locale.ENGLISH))
                .containsEntry("rightAnswer", "The right answer is: False");
    }

    @Test
    void dropsFeedbackThatIsBlank() {
        assertThat(plugin().validateDefinition(Map.of("answer", true, "feedbackTrue", "  ")))
                .isEqualTo(Map.of("answer", true));
    }
}
