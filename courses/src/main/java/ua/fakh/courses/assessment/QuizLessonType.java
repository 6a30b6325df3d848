package ua.fakh.courses.assessment;

import ua.fakh.courses.spi.ContentType;

import java.util.Map;

/**
 * SPI for a lesson type that is a quiz: assessment takes attempts at lessons of such a type and
 * runs them by the {@link QuizSettings} the type reads from the lesson's content. The quiz is an
 * assessment concept; the plugin that lets trainers put one into a course depends on it, never
 * the reverse. Implementations are stateless, thread-safe beans.
 */
public interface QuizLessonType extends ContentType {

    /** The settings in a lesson's content as this type stored it (checked when it was written). */
    QuizSettings settings(Map<String, Object> content);
}
