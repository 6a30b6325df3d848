package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * What a learner may know about a quiz before starting, read from its lesson's content (validated
 * by the {@code content_quiz} plugin): never the questions or their keys.
 */
public record QuizSettings(int questions, @Nullable Integer timeLimitMinutes, @Nullable Integer attemptsAllowed,
                           int passingPercent, String grading, String role) {

    static QuizSettings of(Map<String, Object> content) {
        int questions = content.get("questionIds") instanceof List<?> ids ? ids.size() : number(content.get("randomCount"), 0);
        Object limit = content.get("timeLimitSeconds");
        Integer minutes = limit == null ? null : (int) Math.ceil(((Number) limit).doubleValue() / 60);
        Object allowed = content.get("attemptsAllowed");
        return new QuizSettings(questions, minutes, allowed == null ? null : ((Number) allowed).intValue(),
                number(content.get("passingScorePercent"), 60), String.valueOf(content.getOrDefault("grading", "HIGHEST")),
                String.valueOf(content.getOrDefault("role", "GRADED")));
    }

    private static int number(@Nullable Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }
}
