package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.AttemptView;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonView;

import java.time.Instant;
import java.util.List;

/**
 * The attempt page: every question with the answer the server holds, and the scripts its question
 * types bring. {@code now} is the server's clock when the page was made, so the timer counts from
 * the server's deadline, not the device's clock.
 */
public record AttemptModel(CourseView course, LessonView lesson, AttemptView attempt, List<QuizQuestion> questions,
                           List<String> scripts, Instant now, @Nullable String error) {

    public String base() {
        return "/quiz/attempts/" + attempt.id();
    }

    /** Whether the attempt is taken in an offline window (its deadline is the window's end). */
    public boolean offline() {
        return attempt.offline();
    }

    /** The offline window's token the page's script sends with every answer; null online. */
    @Nullable
    public String windowToken() {
        return attempt.offlineToken();
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
