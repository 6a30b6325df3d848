package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.PrePostReport;
import ua.fakh.courses.enrollment.CohortView;

import java.util.List;
import java.util.UUID;

/** The pre/post tab: the report, its chart, and the cohort filter. */
public record PrePostModel(TaughtCourse course, PrePostReport report, PrePostChart chart, List<CohortView> cohorts,
                           @Nullable UUID cohortId) {

    public String cohortName(@Nullable UUID id) {
        return cohorts.stream().filter(c -> c.id().equals(id)).map(CohortView::name).findFirst().orElse("");
    }

    public boolean selected(CohortView cohort) {
        return cohort.id().equals(cohortId);
    }

    /** A gain in points, with its sign: +50, −12.5. */
    public static String gain(@Nullable Double value) {
        if (value == null) {
            return "—";
        }
        String number = GradebookModel.percent(Math.abs(value)).replace("%", "");
        return (value > 0 ? "+" : value < 0 ? "−" : "") + number;
    }

    public static String ratio(@Nullable Double value) {
        return value == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
