package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.assessment.AttemptSummary;
import ua.fakh.courses.assessment.QuizRecord;
import ua.fakh.courses.assessment.QuizRefusal;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonView;

import java.util.Optional;

/**
 * The quiz's front page: what it asks, the learner's attempts so far, and whether another may start.
 * Whether one may start comes from the attempt service's own rule ({@code refusal}), never from the
 * page's arithmetic, so the button, the reason and the facts cannot disagree.
 */
public record QuizIntroModel(CourseView course, LessonView lesson, QuizSettings settings, QuizRecord record,
                             @Nullable QuizRefusal refusal) {

    public Optional<AttemptSummary> open() {
        return record.open();
    }

    /** Until when the offline window of the attempt under way runs; null without one. */
    @Nullable
    public java.time.Instant offlineUntil() {
        return open().filter(AttemptSummary::offline).map(AttemptSummary::deadline).orElse(null);
    }

    /**
     * Whether the page offers to fetch an offline window (its script shows the button): the trainers allow it
     * and no online attempt is under way.
     */
    public boolean mayPrepareOffline() {
        return settings.offline() && open().map(AttemptSummary::offline).orElse(true);
    }

    public int used() {
        return record.attempts().size();
    }

    public boolean mayStart() {
        return open().isPresent() || refusal == null;
    }

    /** The bundle key that says why no attempt may start, and its argument (a date, a number) as {@link #refusalArgument()}. */
    public String refusalKey() {
        return "quiz.refusal." + refusal.name();
    }

    public String refusalArgument() {
        return switch (refusal) {
            case NOT_OPEN_YET -> KyivTime.dateTime(settings.opensAt());
            case CLOSED -> KyivTime.dateTime(settings.closesAt());
            case NO_ATTEMPTS_LEFT -> String.valueOf(settings.attemptsAllowed());
            case CANNOT_DRAW -> "";
        };
    }

    public boolean kept(AttemptSummary attempt) {
        return attempt.id().equals(record.keptAttemptId());
    }
}
