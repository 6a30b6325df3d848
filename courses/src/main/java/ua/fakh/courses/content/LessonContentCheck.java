package ua.fakh.courses.content;

import ua.fakh.core.errors.FieldError;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A check of a lesson's content against the rest of its course, which the lesson's type cannot make
 * itself (a type touches no database): a quiz that draws questions from a category of the course's
 * bank needs that many questions there. Content asks every such bean when a lesson is saved and again
 * when the course is published, since the bank may have changed in between. Implementations are
 * stateless beans that only read, and answer nothing for lesson types they do not know.
 */
public interface LessonContentCheck {

    /**
     * What is wrong, each as {@code content.<field>} with a bundle key ({@code problem.field.*}) as its
     * message; empty when the content holds. {@code content} may be as a trainer typed it (not yet
     * normalised), so implementations read it leniently.
     */
    List<FieldError> problems(UUID courseId, String lessonType, Map<String, Object> content);
}
