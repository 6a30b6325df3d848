package ua.fakh.web.quiz;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.AttemptSummary;
import ua.fakh.courses.assessment.QuizRecord;
import ua.fakh.courses.assessment.QuizSettings;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonView;

import java.util.Optional;

/** The quiz's front page: what it asks, the learner's attempts so far, and whether another may start. */
public record QuizIntroModel(CourseView course, LessonView lesson, QuizSettings settings, QuizRecord record,
                             @Nullable String error) {

    public Optional<AttemptSummary> open() {
        return record.open();
    }

    public int used() {
        return record.attempts().size();
    }

    public boolean mayStart() {
        return open().isPresent() || settings.attemptsAllowed() == null || used() < settings.attemptsAllowed();
    }

    public boolean kept(AttemptSummary attempt) {
        return attempt.id().equals(record.keptAttemptId());
    }
}
