package ua.fakh.courses.plugins.qtype_description;

import org.junit.jupiter.api.Test;
import ua.fakh.courses.spi.FormFields;
import ua.fakh.courses.spi.QuestionGrade;
import ua.fakh.courses.spi.QuestionInput;
import ua.fakh.courses.spi.QuestionType;
import ua.fakh.courses.spi.QuestionTypeContract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionQuestionTest extends QuestionTypeContract {

    @Override
    protected QuestionType plugin() {
        return new DescriptionQuestion();
    }

    @Override
    protected Map<String, Object> validDefinition() {
        return Map.of();
    }

    @Override
    protected Map<String, Object> correctResponse(Map<String, Object> definition) {
        return Map.of();
    }

    @Override
    protected Map<String, Object> wrongResponse(Map<String, Object> definition) {
        return Map.of("text", "щось");
    }

    @Override
    protected List<Map<String, Object>> malformedResponses(Map<String, Object> definition) {
        return List.of(); // nothing is asked, so nothing sent can be wrong: it is dropped
    }

    @Override
    protected List<Map<String, Object>> malformedDefinitions() {
        return List.of();
    }

    @Override
    protected Map<String, Object> randomResponse(Map<String, Object> definition, Random random) {
        return random.nextBoolean() ? Map.of() : Map.of("choice", "c-" + random.nextInt(5));
    }

    @Test
    void asksNothingAndScoresNothing() {
        assertThat(plugin().scored()).isFalse();
        assertThat(plugin().autoGraded()).isTrue();
        assertThat(plugin().learnerView(Map.of(), 1, true)).isEmpty();
        QuestionGrade grade = plugin().grade(Map.of(), Map.of("text", "x"), 0);
        assertThat(grade).isEqualTo(new QuestionGrade(0, 0, 0, false, List.of(), false));
    }

    @Test
    void dropsWhateverADefinitionOrAResponseHolds() {
        assertThat(plugin().validateDefinition(Map.of("choices", List.of(Map.of("text", "a"))))).isEmpty();
        assertThat(plugin().validateResponse(Map.of(), Map.of("text", "a"))).isEmpty();
    }

    @Test
    void rendersNoInputsAndReadsNoAnswer() {
        QuestionInput input = new QuestionInput(Map.of("id", "q-1", "type", "qtype_description", "text", "<p>Випадок</p>",
                "points", 0.0), Map.of(), "a.q-1", Locale.ENGLISH, null);
        assertThat(plugin().renderInput(input).toString()).isEmpty();
        assertThat(plugin().readResponse(input, FormFields.of(Map.of("a.q-1", List.of("x"))))).isNull();
    }
}
