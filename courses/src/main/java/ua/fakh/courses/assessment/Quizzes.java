package ua.fakh.courses.assessment;

import ua.fakh.courses.content.LessonView;

import java.util.Optional;

/** Which lessons are quizzes, and their settings, for the pages and the modules that build courses. */
public interface Quizzes {

    /** Whether lessons of this type are quizzes (an enabled {@link QuizLessonType}). */
    boolean isQuiz(String lessonType);

    /** The lesson's quiz settings; empty when the lesson is not a quiz. */
    Optional<QuizSettings> settings(LessonView lesson);

    /** The type to give a new quiz lesson. @throws IllegalStateException when no quiz type is enabled */
    String lessonType();
}
