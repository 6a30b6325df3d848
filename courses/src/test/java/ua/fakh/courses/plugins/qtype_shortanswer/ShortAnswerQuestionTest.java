package ua.fakh.courses.plugins.qtype_shortanswer;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.QuestionTypeContract;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ShortAnswerQuestionTest extends QuestionTypeContract {
    private static final List<String> TYPED = List.of("Сім'я", "СІМʼЯ", "родина", "домогосподарство", "сусіди", "", "   ");

    @Override
    protected QuestionType plugin() {
        return new ShortAnswerQuestion();
    }

    @Override
    protected Map<String, Object> validDefinition() {
        return Map.of("answers", List.of(
                Map.of("text", "сім'я", "feedback", "Так."),
                Map.of("text", "родина", "weight", 100),
                Map.of("text", "домогосподарство", "weight", 50, "feedback", "Близько, але домогосподарство — ширше поняття."),
                Map.of("text", "громада", "weight", 0, "feedback", "Ні, громада — це рівень вище.")));
    }

    @Override
    protected Map<String, Object> correctResponse(Map<String, Object> definition) {
        return Map.of("text", "  Сім’я ");
    }

    @Override
    protected Map<String, Object> wrongResponse(Map<String, Object> definition) {
        return Map.of("text", "громада");
    }

    @Override
    protected List<Map<String, Object>> emptyResponses() {
        return List.of(Map.of("text", ""), Map.of("text", " \n "));
    }

    @Override
    protected List<Map<String, Object>> malformedResponses(Map<String, Object> definition) {
        return List.of(Map.of("text", 42), Map.of("text", List.of("сім'я")), Map.of("text", "я".repeat(20_001)));
    }

    @Override
    protected List<Map<String, Object>> malformedDefinitions() {
        return List.of(Map.of(), Map.of("answers", List.of()), Map.of("answers", "сім'я"),
                Map.of("answers", List.of(Map.of("text", "сім'я", "weight", 50))),
                Map.of("answers", List.of(Map.of("text", "сім'я", "weight", 120))),
                Map.of("answers", List.of(Map.of("text", "сім'я", "weight", -10))),
                Map.of("answers", List.of(Map.of("text", " "))),
                Map.of("answers", List.of(Map.of("text", "сім'я")), "caseSensitive", "так"));
    }

    @Override
    protected List<String> secrets(Map<String, Object> definition) {
        return List.of("сім'я", "родина", "домогосподарство", "громада");
    }

    @Override
    protected Map<String, Object> randomResponse(Map<String, Object> definition, Random random) {
        return Map.of("text", TYPED.get(random.nextInt(TYPED.size())));
    }

    @Test
    void ignoresCaseSpacesAndWhichApostropheWasTyped() {
        Map<String, Object> definition = definition();
        for (String typed : List.of("сім'я", "Сімʼя", "СІМ’Я", "сім`я", "  сім'я\t", "сім‘я")) {
            assertThat(plugin().grade(definition, Map.of("text", typed), 1).correct()).as(typed).isTrue();
        }
        assertThat(plugin().grade(definition, Map.of("text", "сімя"), 1).score()).isZero();
    }

    @Test
    void collapsesRepeatedSpacesInsideAPhrase() {
        Map<String, Object> definition = plugin().validateDefinition(Map.of("answers", List.of(
                Map.of("text", "індивідуальний план супроводу"))));
        assertThat(plugin().grade(definition, Map.of("text", "Індивідуальний \u00A0 план\nсупроводу"), 1).correct()).isTrue();
    }

    @Test
    void matchesLettersTypedAsALetterAndACombiningMark() {
        Map<String, Object> definition = plugin().validateDefinition(Map.of("answers", List.of(
                Map.of("text", "Київ"), Map.of("text", "Мій дім"))));
        assertThat(plugin().grade(definition, Map.of("text", "Ки\u0456\u0308в"), 1).correct()).isTrue();
        assertThat(plugin().grade(definition, Map.of("text", "мі\u0438\u0306 дім"), 1).correct()).isTrue();
        assertThat(plugin().grade(definition, Map.of("text", "Киів"), 1).correct()).isFalse();
    }

    @Test
    void respectsCaseWhenTheQuestionAsks() {
        Map<String, Object> definition = plugin().validateDefinition(Map.of("caseSensitive", true,
                "answers", List.of(Map.of("text", "ЦНАП"))));
        assertThat(plugin().grade(definition, Map.of("text", "ЦНАП"), 1).correct()).isTrue();
        assertThat(plugin().grade(definition, Map.of("text", "цнап"), 1).correct()).isFalse();
    }

    @Test
    void takesTheBestMatchingAnswerAndItsFeedback() {
        Map<String, Object> definition = plugin().validateDefinition(Map.of("answers", List.of(
                Map.of("text", "ЦНАП", "weight", 50, "feedback", "Можна й повніше."),
                Map.of("text", "цнап", "weight", 100, "feedback", "Так."))));
        QuestionGrade grade = plugin().grade(definition, Map.of("text", "Цнап"), 2);
        assertThat(grade.score()).isEqualTo(2);
        assertThat(grade.feedback()).containsExactly("Так.");
    }

    @Test
    void givesPartialCreditAndFeedbackForACommonMistake() {
        Map<String, Object> definition = definition();
        assertThat(plugin().grade(definition, Map.of("text", "Домогосподарство"), 2).score()).isEqualTo(1);
        QuestionGrade zero = plugin().grade(definition, Map.of("text", "громада"), 2);
        assertThat(zero.score()).isZero();
        assertThat(zero.feedback()).containsExactly("Ні, громада — це рівень вище.");
    }

    @Test
    void reviewListsEveryFullyRightAnswer() {
        Map<String, Object> definition = definition();
        Map<String, Object> response = Map.of("text", "громада");
        Map<String, Object> review = plugin().reviewView(definition, response, plugin().grade(definition, response, 1), UKRAINIAN);
        assertThat(review).containsEntry("accepted", List.of("сім'я", "родина")).containsEntry("given", "громада")
                .containsEntry("rightAnswer", "Правильна будь-яка з цих відповідей: сім'я; родина");
    }
}
