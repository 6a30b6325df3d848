package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.EnrollmentReport;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.web.page.PageContext;

import java.util.List;
import java.util.UUID;

/** The enrollments tab: who is enrolled, the last bulk enrollment's report, and the form. */
public record EnrollmentsModel(TaughtCourse course, List<EnrollmentView> enrollments, List<CohortView> cohorts,
                              @Nullable EnrollmentReport report, String emails, @Nullable String error) {

    public String cohortName(@Nullable UUID cohortId) {
        return cohorts.stream().filter(c -> c.id().equals(cohortId)).map(CohortView::name).findFirst().orElse("");
    }

    public boolean withdrawable(EnrollmentView e) {
        return e.status() == EnrollmentStatus.ACTIVE;
    }

    /** The service's reason for a refused row, in the page's language when the bundle knows it. */
    public static String reason(PageContext ctx, String message) {
        String key = "assessment.enrol.reason." + message.replaceAll("[^a-z]+", "-");
        String text = ctx.t(key);
        return text.equals(key) ? message : text;
    }
}
