package ua.fakh.courses.content.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.FieldError;
import ua.fakh.courses.content.LessonContentCheck;
import ua.fakh.courses.spi.ContentRejectedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A lesson's content as its type checks it plus what the course-wide {@link LessonContentCheck}s say,
 * reported together so a trainer sees every problem at once.
 */
@Singleton
class LessonContents {
    private final ContentTypes types;
    private final MaterialService materials;
    private final List<LessonContentCheck> checks;

    LessonContents(ContentTypes types, MaterialService materials, List<LessonContentCheck> checks) {
        this.types = types;
        this.materials = materials;
        this.checks = checks;
    }

    /** The normalised content. @throws ContentRejectedException naming every wrong field */
    Map<String, Object> validate(UUID courseId, String type, Map<String, Object> content) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> valid = null;
        try {
            valid = types.require(type).validate(content, materials.of(courseId));
        } catch (ContentRejectedException rejected) {
            errors.addAll(rejected.fieldErrors());
        }
        for (FieldError problem : courseProblems(courseId, type, valid != null ? valid : content)) {
            if (errors.stream().noneMatch(e -> e.field().equals(problem.field()))) {
                errors.add(problem);
            }
        }
        if (!errors.isEmpty()) {
            throw new ContentRejectedException(errors);
        }
        return valid;
    }

    /** Only what the course-wide checks say (the lesson's type has already accepted the content). */
    List<FieldError> courseProblems(UUID courseId, String type, Map<String, Object> content) {
        List<FieldError> problems = new ArrayList<>();
        for (LessonContentCheck check : checks) {
            problems.addAll(check.problems(courseId, type, content == null ? Map.of() : content));
        }
        return problems;
    }
}
