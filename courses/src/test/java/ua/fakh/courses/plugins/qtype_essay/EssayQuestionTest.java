package ua.fakh.courses.plugins.qtype_essay;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.QuestionTypeContract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class EssayQuestionTest extends QuestionTypeContract {
    private static final String ANSWER = "Спершу оцінюю безпеку дитини, потім разом із сім'єю складаю план.";

    @Override
    protected QuestionType plugin() {
        return new EssayQuestion();
    }

    @Override
    protected Map<String, Object> validDefinition() {
        return Map.of("minWords", 10, "maxWords", 300,
                "responseTemplate", "Опишіть кроки, які ви зробите першого тижня.",
                "graderInfo", "Добра відповідь згадує оцінку ризиків, план безпеки і залучення сім'ї.");
    }

    @Override
    protected Map<String, Object> correctResponse(Map<String, Object> definition) {
        return Map.of("text", ANSWER);
    }

    @Override
    protected Map<String, Object> wrongResponse(Map<String, Object> definition) {
        return Map.of("text", "Не знаю.");
    }

    @Override
    protected List<Map<String, Object>> emptyResponses() {
        return List.of(Map.of("text", ""), Map.of("text", "\n\t "));
    }

    @Override
    protected List<Map<String, Object>> malformedResponses(Map<String, Object> definition) {
        return List.of(Map.of("text", 5), Map.of("text", Map.of("html", "<p>так</p>")), Map.of("text", "слово ".repeat(3_500)));
    }

    @Override
    protected List<Map<String, Object>> malformedDefinitions() {
        return List.of(Map.of("minWords", 0), Map.of("minWords", 2.5), Map.of("minWords", "10"),
                Map.of("minWords", 100, "maxWords", 50), Map.of("graderInfo", 5), Map.of("maxWords", 1_000_000));
    }

    @Override
    protected Map<String, Object> randomResponse(Map<String, Object> definition, Random random) {
        return random.nextBoolean() ? Map.of() : Map.of("text", ANSWER.substring(0, random.nextInt(ANSWER.length())));
    }

    @Test
    void asksATrainerToGradeAWrittenAnswer() {
        QuestionGrade grade = plugin().grade(definition(), correctResponse(null), 5);
        assertThat(plugin().autoGraded()).isFalse();
        assertThat(grade.needsManualGrading()).isTrue();
        assertThat(grade.score()).isZero();
        assertThat(QuestionGrade.byTrainer(4, 5, " Добре. ")).isEqualTo(new QuestionGrade(4, 5, 0.8, false, List.of("Добре."), false));
    }

    @Test
    void showsTheLearnerTheLimitsAndTheTemplate() {
        assertThat(plugin().learnerView(definition(), 0, true)).isEqualTo(Map.of("minWords", 10L, "maxWords", 300L,
                "responseTemplate", "Опишіть кроки, які ви зробите першого тижня."));
    }

    @Test
    void acceptsADefinitionWithNothingInIt() {
        assertThat(plugin().validateDefinition(Map.of())).isEmpty();
    }

    @Test
    void reviewCountsTheWordsAndSaysATrainerWillGrade() {
        Map<String, Object> definition = definition();
        QuestionGrade grade = plugin().grade(definition, correctResponse(definition), 5);
        Map<String, Object> review = plugin().reviewView(definition, correctResponse(definition), grade, UKRAINIAN);
        assertThat(review).containsEntry("words", 10).containsEntry("status", "Цю відповідь оцінить тренер.")
                .doesNotContainKey("rightAnswer");
        assertThat(plugin().reviewView(definition, correctResponse(definition), grade, Locale.ENGLISH))
                .containsEntry("status", "A trainer will grade this answer.");
    }
}
