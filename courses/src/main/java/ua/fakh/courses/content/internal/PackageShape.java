package ua.fakh.courses.content.internal;

import ua.fakh.core.common.NulCharacter;
import ua.fakh.core.errors.FieldError;
import ua.fakh.courses.content.CourseDocument;
import ua.fakh.courses.content.PackagedQuestion;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a manifest every later step relies on, present: lists that are lists, entries that
 * are not {@code null}, ids and types where they are required, and no U+0000 anywhere in its text
 * (PostgreSQL cannot store it). A hand-edited or hostile manifest is refused with the fields named,
 * never half-imported.
 */
final class PackageShape {
    private PackageShape() {
    }

    static List<FieldError> problems(PackageManifest manifest, String manifestText) {
        List<FieldError> problems = new ArrayList<>();
        if (NulCharacter.inJson(manifestText)) {
            problems.add(new FieldError(PackageService.MANIFEST, NulCharacter.MESSAGE));
        }
        CourseDocument course = manifest.course();
        if (course.sections() == null) {
            problems.add(new FieldError("course.sections", "problem.field.notList"));
        } else {
            for (int s = 0; s < course.sections().size(); s++) {
                section(course.sections().get(s), "course.sections[" + s + "]", problems);
            }
        }
        for (int m = 0; m < manifest.materials().size(); m++) {
            PackageManifest.Material material = manifest.materials().get(m);
            if (material == null || material.id() == null || material.path() == null || material.filename() == null
                    || material.sha256() == null) {
                problems.add(new FieldError("materials[" + m + "]", "problem.package.materialFields"));
            }
        }
        List<PackagedQuestion> questions = manifest.questionsOrNone();
        for (int q = 0; q < questions.size(); q++) {
            PackagedQuestion question = questions.get(q);
            if (question == null || question.id() == null || question.type() == null || question.definition() == null) {
                problems.add(new FieldError("questions[" + q + "]", "problem.package.questionFields"));
            }
        }
        return problems;
    }

    private static void section(CourseDocument.Section section, String path, List<FieldError> problems) {
        if (section == null || section.lessons() == null) {
            problems.add(new FieldError(path, "problem.package.sectionLessons"));
            return;
        }
        for (int l = 0; l < section.lessons().size(); l++) {
            CourseDocument.Lesson lesson = section.lessons().get(l);
            if (lesson == null || lesson.id() == null || lesson.type() == null || lesson.content() == null) {
                problems.add(new FieldError(path + ".lessons[" + l + "]", "problem.package.lessonFields"));
            }
        }
    }
}
