package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.AttemptStatus;
import ua.fakh.courses.assessment.QuizPreviews;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonView;
import ua.fakh.courses.spi.Html;

import java.util.List;
import java.util.Map;

/**
 * A trainer's preview of a quiz: the questions to answer, or once sent the result with the review;
 * {@code refusal} (a key) instead when the quiz cannot be drawn. Nothing of it is stored.
 */
public record PreviewModel(CourseView course, LessonView lesson, @Nullable QuizPreviews.QuizPreview preview,
                           List<QuizQuestion> questions, Map<String, Html> reviews, List<String> scripts,
                           @Nullable String refusal) {

    public String base() {
        return "/teach/courses/" + course.id() + "/lessons/" + lesson.id() + "/quiz-preview";
    }

    /** Whether the answers were sent and graded (the result page) rather than waiting to be given. */
    public boolean graded() {
        return preview != null && preview.attempt().status() != AttemptStatus.IN_PROGRESS;
    }

    public boolean waiting() {
        return preview != null && preview.attempt().status() == AttemptStatus.SUBMITTED;
    }

    public long percent() {
        var attempt = preview.attempt();
        double score = attempt.score() == null ? 0 : attempt.score();
        return attempt.maxScore() == 0 ? 100 : Math.round(score * 100 / attempt.maxScore());
    }

    public Html review(QuizQuestion question) {
        return reviews.getOrDefault(question.id(), Html.EMPTY);
    }

    /** The points the question earned in the preview. */
    @Nullable
    public Object score(QuizQuestion question) {
        return preview.attempt().answers().stream().filter(a -> a.questionId().toString().equals(question.id()))
                .findFirst().map(a -> (Object) a.score()).orElse(null);
    }
}
