package ua.fakh.courses.plugins.qtype_numerical;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.QuestionTypeContract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NumericalQuestionTest extends QuestionTypeContract {

    @Override
    protected QuestionType plugin() {
        return new NumericalQuestion();
    }

    @Override
    protected Map<String, Object> validDefinition() {
        return Map.of("answers", List.of(
                        Map.of("value", 1991, "feedback", "Так, 24 серпня 1991 року."),
                        Map.of("min", 1989, "max", 1990, "weight", 50, "feedback", "Близько: це роки Декларації про суверенітет.")),
                "feedbackWrong", "Ні. Згадайте Акт проголошення незалежності.");
    }

    @Override
    protected Map<String, Object> correctResponse(Map<String, Object> definition) {
        return Map.of("value", 1991);
    }

    @Override
    protected Map<String, Object> wrongResponse(Map<String, Object> definition) {
        return Map.of("value", "2001");
    }

    @Override
    protected List<Map<String, Object>> emptyResponses() {
        return List.of(Map.of("value", ""), Map.of("value", "  "));
    }

    @Override
    protected List<Map<String, Object>> malformedResponses(Map<String, Object> definition) {
        return List.of(Map.of("value", "тисяча"), Map.of("value", true), Map.of("value", Double.NaN),
                Map.of("value", Double.POSITIVE_INFINITY), Map.of("value", "1,5.5"), Map.of("value", "0x10"),
                Map.of("value", List.of(1991)), Map.of("value", 1e300));
    }

    @Override
    protected List<Map<String, Object>> malformedDefinitions() {
        return List.of(Map.of(), Map.of("answers", List.of()),
                Map.of("answers", List.of(Map.of("value", "1991"))),
                Map.of("answers", List.of(Map.of("value", 1991, "min", 1990, "max", 1992))),
                Map.of("answers", List.of(Map.of("min", 1992, "max", 1990))),
                Map.of("answers", List.of(Map.of("min", 1990))),
                Map.of("answers", List.of(Map.of("value", 1991, "tolerance", -1))),
                Map.of("answers", List.of(Map.of("value", 1991, "weight", 50))),
                Map.of("answers", List.of(Map.of("tolerance", 1))),
                Map.of("answers", List.of(Map.of("value", Double.NaN))));
    }

    @Override
    protected List<String> secrets(Map<String, Object> definition) {
        return List.of("1991", "1989", "1990");
    }

    @Override
    protected Map<String, Object> randomResponse(Map<String, Object> definition, Random random) {
        double value = 1985 + random.nextDouble() * 10;
        return switch (random.nextInt(4)) {
            case 0 -> Map.of("value", Math.rint(value));
            case 1 -> Map.of("value", String.valueOf(value).replace('.', ','));
            case 2 -> Map.of("value", value);
            default -> Map.of();
        };
    }

    @Test
    void acceptsAValueWithinTheTolerance() {
        Map<String, Object> definition = plugin().validateDefinition(Map.of("answers", List.of(
                Map.of("value", 2.5, "tolerance", 0.1))));
        assertThat(plugin().grade(definition, Map.of("value", 2.6), 1).correct()).isTrue();
        assertThat(plugin().grade(definition, Map.of("value", 2.4), 1).correct()).isTrue();
        assertThat(plugin().grade(definition, Map.of("value", 2.61), 1).correct()).isFalse();
    }

    @Test
    void acceptsTheEndsOfARange() {
        Map<String, Object> definition = definition();
        assertThat(plugin().grade(definition, Map.of("value", 1989), 2).score()).isEqualTo(1);
        assertThat(plugin().grade(definition, Map.of("value", 1990), 2).score()).isEqualTo(1);
        assertThat(plugin().grade(definition, Map.of("value", 1988.99), 2).score()).isZero();
    }

    @Test
    void readsNumbersAsPeopleTypeThem() {
        Map<String, Object> definition = plugin().validateDefinition(Map.of("answers", List.of(
                Map.of("value", 2.5), Map.of("value", -3), Map.of("value", 15000))));
        for (String typed : List.of("2,5", " 2.50 ", "−3", "-3,0", "15 000", "15\u00A0000", "1.5e4")) {
            assertThat(plugin().grade(definition, Map.of("value", typed), 1).correct()).as(typed).isTrue();
        }
        assertThat(plugin().validateResponse(definition, Map.of("value", "2,5"))).isEqualTo(Map.of("value", 2.5));
        assertThat(plugin().validateResponse(definition, Map.of("value", "15 000"))).isEqualTo(Map.of("value", 15000L));
    }

    @Test
    void saysWhatIsWrongWhenNothingMatches() {
        QuestionGrade grade = plugin().grade(definition(), Map.of("value", 2001), 1);
        assertThat(grade.feedback()).containsExactly("Ні. Згадайте Акт проголошення незалежності.");
    }

    @Test
    void takesTheBestMatchingAnswer() {
        Map<String, Object> definition = plugin().validateDefinition(Map.of("answers", List.of(
                Map.of("min", 0, "max", 10, "weight", 50), Map.of("value", 5, "tolerance", 1))));
        assertThat(plugin().grade(definition, Map.of("value", 5.5), 4).score()).isEqualTo(4);
        assertThat(plugin().grade(definition, Map.of("value", 7), 4).score()).isEqualTo(2);
    }

    @Test
    void reviewWritesNumbersTheLearnersWay() {
        Map<String, Object> definition = plugin().validateDefinition(Map.of("answers", List.of(
                Map.of("value", 2.5, "tolerance", 0.5), Map.of("min", 1.5, "max", 3.5))));
        Map<String, Object> response = Map.of("value", 3);
        QuestionGrade grade = plugin().grade(definition, response, 1);
        assertThat(plugin().reviewView(definition, response, grade, UKRAINIAN))
                .containsEntry("rightAnswer", "Правильна будь-яка з цих відповідей: 2,5 ± 0,5; від 1,5 до 3,5");
        assertThat(plugin().reviewView(definition, response, grade, Locale.ENGLISH))
                .containsEntry("accepted", List.of("2.5 ± 0.5", "from 1.5 to 3.5"));
    }

    @Test
    void storesWholeNumbersWithoutAFraction() {
        assertThat(plugin().validateDefinition(Map.of("answers", List.of(Map.of("value", 5.0)))))
                .isEqualTo(Map.of("answers", List.of(Map.of("value", 5L, "tolerance", 0L, "weight", 100L))));
    }
}
