package ua.fakh.courses.content.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.courses.content.CourseDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * What a working copy needs before learners may see it: outcomes (they go on certificates) and lessons whose content
 * still holds, against the course as it is now (a quiz's category may have lost questions since the lesson was saved).
 */
@Singleton
class PublishCheck {
    private final ContentTypes types;
    private final MaterialService materials;
    private final LessonContents contents;

    PublishCheck(ContentTypes types, MaterialService materials, LessonContents contents) {
        this.types = types;
        this.materials = materials;
        this.contents = contents;
    }

    void check(CourseRow row, CourseDocument draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.outcomes().isEmpty()) {
            errors.add(new FieldError("outcomes", "a published course states its learning outcomes"));
        }
        if (draft.lessons().isEmpty()) {
            errors.add(new FieldError("sections", "a published course has at least one lesson"));
        }
        var courseMaterials = materials.of(row.id());
        for (CourseDocument.Lesson lesson : draft.lessons()) {
            if (!types.exists(lesson.type())) {
                errors.add(new FieldError("lessons." + lesson.id(), "lesson type " + lesson.type() + " is not available"));
                continue;
            }
            try {
                types.require(lesson.type()).validate(lesson.content(), courseMaterials);
                // a lesson that cannot be taken (a quiz drawing more questions than its category holds) is named by its id
                contents.courseProblems(row.id(), lesson.type(), lesson.content()).stream().findFirst()
                        .ifPresent(problem -> errors.add(new FieldError("lessons." + lesson.id(), problem.message())));
            } catch (ua.fakh.core.errors.FakhException invalid) {
                errors.add(new FieldError("lessons." + lesson.id(), lesson.title() + ": " + invalid.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
