package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.enrollment.Cohorts;
import ua.fakh.courses.enrollment.EnrollmentReport;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.util.UUID;

/** Renders the enrollments tab for its two controllers (enrolling, and the bulk actions). */
@Singleton
class EnrollmentsPage {
    private final TaughtCourses courses;
    private final Enrollments enrollments;
    private final Cohorts cohorts;

    EnrollmentsPage(TaughtCourses courses, Enrollments enrollments, Cohorts cohorts) {
        this.courses = courses;
        this.enrollments = enrollments;
        this.cohorts = cohorts;
    }

    Object view(UUID courseId, PageContext ctx, Caller caller, @Nullable EnrollmentReport report, String emails,
                @Nullable String error, @Nullable String notice, @Nullable String bulkError) {
        TaughtCourse course = courses.open(courseId, caller, ctx);
        return Views.view("assess/enrolments", ctx, new EnrollmentsModel(course, enrollments.roster(courseId, null, caller),
                cohorts.ofCourse(courseId, caller), report, emails, error, notice, bulkError));
    }
}
