package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonView;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The attempt page: every question with the answer the server holds. {@code now} is the server's
 * clock when the page was made, so the timer counts from the server's deadline, not the device's clock.
 */
public record AttemptModel(CourseView course, LessonView lesson, AttemptView attempt, List<QuizQuestion> questions,
                           Instant now, @Nullable String error) {

    /** {@code typed}: what the learner typed where the form came back (a number that was not one), by question id. */
    static AttemptModel of(CourseView course, LessonView lesson, AttemptView attempt, Instant now,
                           Map<String, String> typed, Map<String, String> errors) {
        Map<UUID, AttemptView.Answer> answers = attempt.answers().stream()
                .collect(Collectors.toMap(AttemptView.Answer::questionId, Function.identity()));
        List<QuizQuestion> questions = new java.util.ArrayList<>();
        for (int i = 0; i < attempt.questions().size(); i++) {
            Map<String, Object> view = attempt.questions().get(i);
            String id = String.valueOf(view.get("id"));
            questions.add(QuizQuestion.of(i + 1, view, answers.get(UUID.fromString(id)), typed.get(id), errors.get(id)));
        }
        return new AttemptModel(course, lesson, attempt, questions, now, errors.isEmpty() ? null : "quiz.attempt.fixErrors");
    }

    static AttemptModel of(CourseView course, LessonView lesson, AttemptView attempt, Instant now) {
        return of(course, lesson, attempt, now, new HashMap<>(), new HashMap<>());
    }

    public String base() {
        return "/quiz/attempts/" + attempt.id();
    }

    public long deadlineMillis() {
        return attempt.deadline() == null ? 0 : attempt.deadline().toEpochMilli();
    }

    /** Seconds left as the server counts them, for the timer's first (and script-less) reading. */
    public long secondsLeft() {
        return attempt.deadline() == null ? 0 : Math.max(0, (attempt.deadline().toEpochMilli() - now.toEpochMilli()) / 1000);
    }

    public String clock() {
        long s = secondsLeft();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%02d:%02d", s / 60, s % 60);
    }
}
