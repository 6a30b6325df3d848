package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonView;

import java.util.List;
import java.util.Map;

/**
 * A submitted attempt: the score, whether it passed or still waits for an essay's grade, and the
 * review — present only when the quiz's rules let the server hand it out.
 */
public record ResultModel(CourseView course, LessonView lesson, AttemptView attempt, List<QuizQuestion> questions,
                          @Nullable String notice) {

    public boolean waiting() {
        return attempt.status() == AttemptStatus.SUBMITTED;
    }

    public long percent() {
        double score = attempt.score() == null ? 0 : attempt.score();
        return attempt.maxScore() == 0 ? 100 : Math.round(score * 100 / attempt.maxScore());
    }

    public boolean reviewed() {
        return attempt.review() != null;
    }

    /** The review of one question (rightAnswer, feedback, and the type's own parts), or an empty map. */
    public Map<String, Object> review(QuizQuestion question) {
        if (attempt.review() == null) {
            return Map.of();
        }
        return attempt.review().stream().filter(r -> question.id().equals(String.valueOf(r.get("questionId"))))
                .findFirst().orElse(Map.of());
    }

    public static String points(@Nullable Object value) {
        if (!(value instanceof Number n)) {
            return "0";
        }
        double d = Math.round(n.doubleValue() * 100) / 100.0;
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> review, String key) {
        return review.get(key) instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    public static List<String> texts(Map<String, Object> review, String key) {
        return review.get(key) instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }
}
