package ua.fakh.perf;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import ua.fakh.courses.plugins.qtype_multichoice.MultiChoiceQuestion;
import ua.fakh.courses.plugins.qtype_truefalse.TrueFalseQuestion;
import ua.fakh.courses.spi.QuestionGrade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Grading one answer with the question-type plugins, as a submission does for every question. */
@State(Scope.Benchmark)
public class Grading {
    private MultiChoiceQuestion multi;
    private TrueFalseQuestion trueFalse;
    private Map<String, Object> multiDefinition;
    private Map<String, Object> multiResponse;
    private Map<String, Object> tfDefinition;
    private Map<String, Object> tfResponse;

    @Setup
    public void setUp() {
        multi = new MultiChoiceQuestion();
        trueFalse = new TrueFalseQuestion();
        List<Map<String, Object>> choices = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            choices.add(Map.of("id", "c" + i, "text", "Варіант відповіді " + i, "weight", i < 2 ? 50 : -25));
        }
        multiDefinition = multi.validateDefinition(Map.of("choices", choices, "shuffle", true));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> stored = (List<Map<String, Object>>) multiDefinition.get("choices");
        multiResponse = Map.of("choiceIds", List.of(stored.get(0).get("id"), stored.get(1).get("id"), stored.get(4).get("id")));
        tfDefinition = trueFalse.validateDefinition(Map.of("answer", true));
        tfResponse = Map.of("value", true);
    }

    @Benchmark
    public QuestionGrade multiChoice() {
        return multi.grade(multiDefinition, multiResponse, 2.0);
    }

    @Benchmark
    public QuestionGrade trueFalse() {
        return trueFalse.grade(tfDefinition, tfResponse, 1.0);
    }
}
