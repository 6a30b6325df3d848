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
            errors.add(new FieldError("outcomes", "problem.publish.noOutcomes"));
        }
        if (draft.lessons().isEmpty()) {
            errors.add(new FieldError("sections", "problem.publish.noLessons"));
        }
        var courseMaterials = materials.of(row.id());
        for (CourseDocument.Lesson lesson : draft.lessons()) {
            if (!types.exists(lesson.type())) {
                errors.add(FieldError.of("lessons." + lesson.id(), "problem.field.unknownLessonType", lesson.type()));
                continue;
            }
            try {
                types.require(lesson.type()).validate(lesson.content(), courseMaterials);
                // a lesson that cannot be taken (a quiz drawing more questions than its category holds) is named by its id
                contents.courseProblems(row.id(), lesson.type(), lesson.content()).stream().findFirst()
                        .ifPresent(problem -> errors.add(new FieldError("lessons." + lesson.id(), problem.message(), problem.arguments())));
            } catch (ua.fakh.core.errors.FakhException invalid) {
                // the lesson's first refused field, named by the lesson: the editor shows it beside the lesson's title
                invalid.fieldErrors().stream().findFirst().ifPresentOrElse(
                        problem -> errors.add(new FieldError("lessons." + lesson.id(), problem.message(), problem.arguments())),
                        () -> errors.add(new FieldError("lessons." + lesson.id(), "problem.publish.lessonInvalid")));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
