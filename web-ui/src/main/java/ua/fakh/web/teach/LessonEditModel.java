package ua.fakh.web.teach;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.QuizLessonType;
import ua.fakh.courses.content.CourseView;
import ua.fakh.courses.content.LessonTypes;
import ua.fakh.courses.content.SectionOutline;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lesson page of the editor: its titles and whether it is required, its type's form (already
 * rendered from the type's partial), the errors the course door named, and a preview when asked for.
 * {@code lessonId} is null for a lesson not yet saved.
 */
public record LessonEditModel(CourseView course, LessonTypes typeNames, UUID sectionId, @Nullable UUID lessonId, String type, String title,
                              String titleEn, boolean required, String contentForm, Map<String, String> errors,
                              @Nullable String previewHtml) {

    public @Nullable String error(String field) {
        return errors.get(field);
    }

    public String action() {
        String base = "/teach/courses/" + course.id() + "/lessons";
        return lessonId == null ? base : base + "/" + lessonId;
    }

    /** A saved quiz lesson: its trainers may take it as a learner would, with nothing recorded. */
    public @Nullable String quizPreview() {
        boolean quiz = typeNames.find(type).filter(t -> t instanceof QuizLessonType).isPresent();
        return quiz && lessonId != null ? action() + "/quiz-preview" : null;
    }

    public List<SectionOutline> sections() {
        return course.sections();
    }

    /** Errors of no field on the form (content fields the type's form does not show, say), listed at the top. */
    public List<String> otherErrors() {
        return errors.entrySet().stream().filter(e -> !e.getKey().equals("title") && !e.getKey().equals("titleEn"))
                .map(e -> e.getKey().startsWith("content.") ? e.getKey().substring(8) + ": " + e.getValue() : e.getValue())
                .toList();
    }
}
