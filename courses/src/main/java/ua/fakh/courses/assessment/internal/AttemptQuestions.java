package ua.fakh.courses.assessment.internal;

import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import ua.fakh.core.common.JsonColumns;

import java.util.List;
import java.util.Map;

/** Reads and writes the attempt tables' JSON columns, the frozen question list among them. */
@Singleton
class AttemptQuestions {
    private final JsonColumns json;

    AttemptQuestions(JsonColumns json) {
        this.json = json;
    }

    String write(Object value) {
        return json.write(value);
    }

    List<FrozenQuestion> questions(String text) {
        return json.read(text, Argument.listOf(FrozenQuestion.class));
    }

    Map<String, Object> object(String text) {
        return json.object(text);
    }
}
