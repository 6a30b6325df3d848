package ua.fakh.courses.assessment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.FieldError;
import ua.fakh.courses.content.LessonContentCheck;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A quiz that draws {@code randomCount} questions of a {@code category} can only be taken when the
 * course's bank holds that many there: otherwise every start fails. Refused when the lesson is saved
 * and when the course is published; the fixed list of questions is checked where it is chosen.
 */
@Singleton
class QuizDrawCheck implements LessonContentCheck {
    static final String EMPTY = "problem.field.quizCategoryEmpty";
    static final String TOO_SMALL = "problem.field.quizCategoryTooSmall";

    private final QuizLessons quizzes;
    private final QuestionRepository questions;
    private final QuestionPlugins plugins;

    QuizDrawCheck(QuizLessons quizzes, QuestionRepository questions, QuestionPlugins plugins) {
        this.quizzes = quizzes;
        this.questions = questions;
        this.plugins = plugins;
    }

    @Override
    public List<FieldError> problems(UUID courseId, String lessonType, Map<String, Object> content) {
        if (!quizzes.isQuiz(lessonType) || content.get("questionIds") != null
                || !(content.get("category") instanceof String category) || category.isBlank()) {
            return List.of(); // not a draw, or one the settings' own rules already refuse
        }
        int available = plugins.scored(questions.findByCourseIdAndCategoryAndCurrentVersion(courseId, category.strip(), true)).size();
        if (available == 0) {
            return List.of(new FieldError("content.category", EMPTY));
        }
        if (content.get("randomCount") instanceof Number wanted && wanted.intValue() > available) {
            return List.of(new FieldError("content.randomCount", TOO_SMALL));
        }
        return List.of();
    }
}
