package ua.fakh.courses.assessment;

import ua.fakh.core.security.Caller;

import java.util.UUID;

/** A learner's own attempts at one quiz, and which of them the quiz's grading rule keeps. */
public interface QuizHistory {

    /**
     * The caller's attempts at {@code quizLessonId}, oldest first. An attempt whose deadline and
     * grace have passed is submitted first, so the list never shows a dead attempt as open.
     */
    QuizRecord of(UUID quizLessonId, Caller learner);
}
