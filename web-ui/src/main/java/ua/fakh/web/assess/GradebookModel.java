package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.courses.assessment.Gradebook;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.web.learn.Texts;
import ua.fakh.web.page.PageContext;

import java.util.List;
import java.util.UUID;

/** The gradebook tab: the table, the cohort filter, where its CSV and XLSX are, and a notice after an override. */
public record GradebookModel(TaughtCourse course, Gradebook book, List<CohortView> cohorts, @Nullable UUID cohortId,
                             @Nullable String notice) {

    public String csvLink() {
        return course.base() + "/gradebook.csv" + (cohortId == null ? "" : "?cohort=" + cohortId);
    }

    public String xlsxLink() {
        return course.base() + "/gradebook.xlsx" + (cohortId == null ? "" : "?cohort=" + cohortId);
    }

    public String overrideLink(Gradebook.Row row) {
        return course.base() + "/gradebook/" + row.enrollmentId() + "/override";
    }

    /** A quiz column's title in the page's language (the label of its cells on a phone). */
    public String quizTitle(PageContext ctx, UUID lessonId) {
        return book.quizzes().stream().filter(q -> q.lessonId().equals(lessonId)).findFirst()
                .map(q -> Texts.title(ctx, q.title(), q.titleEn())).orElse("");
    }

    /** Whether any learner shown belongs to a cohort with in-person sessions: then the attendance column is shown. */
    public boolean hasAttendance() {
        return book.rows().stream().anyMatch(r -> r.attendance() != null);
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
