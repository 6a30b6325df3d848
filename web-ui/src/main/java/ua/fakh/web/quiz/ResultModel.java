package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.spi.Html;

import java.util.List;
import java.util.Map;

/**
 * A submitted attempt: the score, whether it passed or still waits for an essay's grade, and the
 * review as each question's type renders it — present only when the quiz's rules let the server
 * hand it out.
 */
public record ResultModel(CourseView course, LessonView lesson, AttemptView attempt, List<QuizQuestion> questions,
                          Map<String, Html> reviews, @Nullable String notice) {

    public boolean waiting() {
        return attempt.status() == AttemptStatus.SUBMITTED;
    }

    public long percent() {
        double score = attempt.score() == null ? 0 : attempt.score();
        return attempt.maxScore() == 0 ? 100 : Math.round(score * 100 / attempt.maxScore());
    }

    /** The numbers of the questions whose answers arrived late (saved before the time was up) and count. */
    public List<Integer> lateNumbers() {
        var late = attempt.lateQuestionIds();
        return questions.stream().filter(q -> late.contains(java.util.UUID.fromString(q.id()))).map(QuizQuestion::number).toList();
    }

    public boolean late(QuizQuestion question) {
        return attempt.lateQuestionIds().contains(java.util.UUID.fromString(question.id()));
    }

    public boolean reviewed() {
        return attempt.review() != null;
    }

    public Html review(QuizQuestion question) {
        return reviews.getOrDefault(question.id(), Html.EMPTY);
    }

    /** The points the question earned, as the review gives them. */
    @Nullable
    public Object score(QuizQuestion question) {
        return attempt.review() == null ? null : attempt.review().stream()
                .filter(r -> question.id().equals(String.valueOf(r.get("questionId"))))
                .findFirst().map(r -> r.get("score")).orElse(null);
    }

    public static String points(@Nullable Object value) {
        if (!(value instanceof Number n)) {
            return "0";
        }
        double d = Math.round(n.doubleValue() * 100) / 100.0;
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
