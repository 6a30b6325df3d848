package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.EnrollmentReport;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;

import java.util.List;
import java.util.UUID;

/**
 * The enrollments tab: who is enrolled, the last bulk enrollment's report, the enrol form ({@code error}
 * its refusal), and the bulk actions ({@code notice} what the last one did, {@code bulkError} its refusal).
 */
public record EnrollmentsModel(TaughtCourse course, List<EnrollmentView> enrollments, List<CohortView> cohorts,
                              @Nullable EnrollmentReport report, String emails, @Nullable String error,
                              @Nullable String notice, @Nullable String bulkError) {

    public String cohortName(@Nullable UUID cohortId) {
        return cohorts.stream().filter(c -> c.id().equals(cohortId)).map(CohortView::name).findFirst().orElse("");
    }

    public boolean withdrawable(EnrollmentView e) {
        return e.status() == EnrollmentStatus.ACTIVE;
    }

    /** The due date comes from the cohort: the person has none of their own. */
    public boolean dueFromCohort(EnrollmentView e) {
        return e.ownDueAt() == null && e.dueAt() != null;
    }
}
