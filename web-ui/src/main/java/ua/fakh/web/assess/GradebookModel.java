package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.Gradebook;
import ua.fakh.courses.enrollment.CohortView;

import java.util.List;
import java.util.UUID;

/** The gradebook tab: the table, the cohort filter, and where its CSV is. */
public record GradebookModel(TaughtCourse course, Gradebook book, List<CohortView> cohorts, @Nullable UUID cohortId) {

    public String csvLink() {
        return course.base() + "/gradebook.csv" + (cohortId == null ? "" : "?cohort=" + cohortId);
    }

    public boolean selected(CohortView cohort) {
        return cohort.id().equals(cohortId);
    }

    public static String percent(@Nullable Double value) {
        if (value == null) {
            return "—";
        }
        return (value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value)) + "%";
    }
}
