package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.AttemptView;

import java.util.List;
import java.util.Map;

/**
 * One question of an attempt for the template: its learner view (no keys: the attempt API never
 * hands them out before review) and the answer the server holds, with its sequence number.
 */
public record QuizQuestion(int number, String id, String type, String html, double points, List<Option> choices,
                           List<Option> left, List<Option> right, Map<String, Object> view,
                           Map<String, Object> response, long seq, @Nullable String typed, @Nullable String error) {

    public record Option(String id, String text) {
    }

    static QuizQuestion of(int number, Map<String, Object> view, @Nullable AttemptView.Answer answer,
                           @Nullable String typed, @Nullable String error) {
        return new QuizQuestion(number, String.valueOf(view.get("id")), String.valueOf(view.get("type")),
                String.valueOf(view.get("text")), ((Number) view.get("points")).doubleValue(), options(view.get("choices")),
                options(view.get("left")), options(view.get("right")), view,
                answer == null ? Map.of() : answer.response(), answer == null ? 0 : answer.seq(), typed, error);
    }

    private static List<Option> options(@Nullable Object list) {
        if (!(list instanceof List<?> items)) {
            return List.of();
        }
        return items.stream().map(i -> (Map<?, ?>) i)
                .map(m -> new Option(String.valueOf(m.get("id")), String.valueOf(m.get("text")))).toList();
    }

    public String field() {
        return "a." + id;
    }

    public boolean chosen(String choiceId) {
        return choiceId.equals(response.get("choiceId"))
                || response.get("choiceIds") instanceof List<?> ids && ids.contains(choiceId);
    }

    public boolean isTrue(boolean value) {
        return response.get("value") instanceof Boolean given && given == value;
    }

    /** The text of a text or number answer as the input shows it (what the learner typed, when the form came back). */
    public String text() {
        if (typed != null) {
            return typed;
        }
        Object value = response.get(type.equals("qtype_numerical") ? "value" : "text");
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && Math.abs(n.doubleValue()) < 1e15) {
            return String.valueOf(n.longValue());
        }
        return value == null ? "" : String.valueOf(value);
    }

    public boolean matched(String leftId, String rightId) {
        return response.get("pairs") instanceof Map<?, ?> pairs && rightId.equals(pairs.get(leftId));
    }

    public boolean answered() {
        return !response.isEmpty() && response.values().stream().anyMatch(v -> v != null && !v.toString().isBlank()
                && !v.toString().equals("[]") && !v.toString().equals("{}"));
    }

    @Nullable
    public Object hint(String key) {
        return view.get(key);
    }
}
