package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.Gradebook;

import java.util.Map;

/** The override form of one learner's course result: the computed result, the override if any, what was typed and what is wrong. */
public record GradeOverrideModel(TaughtCourse course, Gradebook.Row row, @Nullable GradeOverridePageController.OverrideForm form,
                                 Map<String, String> errors) {

    public String action() {
        return course.base() + "/gradebook/" + row.enrollmentId() + "/override";
    }

    public String percentValue() {
        if (form != null) {
            return form.percent() == null ? "" : form.percent();
        }
        return row.override() == null ? "" : GradebookModel.percent(row.override().percent()).replace("%", "");
    }

    public String reasonValue() {
        if (form != null) {
            return form.reason() == null ? "" : form.reason();
        }
        return row.override() == null ? "" : row.override().reason();
    }
}
