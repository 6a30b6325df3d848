package ua.fakh.courses.content;

import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What trainers do inside a course's working copy: sections and lessons added, changed, moved and
 * removed, and the editor's preview. The same access rule as {@link CourseAuthoring}; each change
 * locks the course, so two trainers editing at once cannot interleave.
 */
public interface CourseOutlineAuthoring {

    SectionOutline addSection(UUID courseId, NewSection section, Caller actor);

    SectionOutline updateSection(UUID sectionId, NewSection section, Caller actor);

    void moveSection(UUID sectionId, Move move, Caller actor);

    void deleteSection(UUID sectionId, Caller actor);

    LessonView addLesson(UUID sectionId, NewLesson lesson, Caller actor, Locale locale);

    LessonView updateLesson(UUID lessonId, NewLesson lesson, Caller actor, Locale locale);

    void moveLesson(UUID lessonId, Move move, Caller actor);

    void deleteLesson(UUID lessonId, Caller actor);

    /** Renders content of a type without saving it (the editor's preview). */
    String preview(String type, Map<String, Object> content, UUID courseId, Caller actor, Locale locale);

    /** The content types trainers can choose from. */
    List<String> contentTypes();
}
