package ua.fakh.web.certificates;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.certificates.issuing.CertificateView;
import ua.fakh.certificates.issuing.IssueReport;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.EnrollmentView;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A course's certificates tab: what was issued, whom it can be issued to (a cohort, or learners
 * picked from the enrollments), the report of the last issue, and a notice after revoking or re-issuing.
 */
public record TeachCertificatesModel(UUID courseId, String courseTitle, List<CertificateView> issued,
                                     List<CohortView> cohorts, List<EnrollmentView> enrollments,
                                     @Nullable IssueReport report, Map<UUID, String> names, @Nullable String notice) {

    public String nameOf(UUID userId) {
        return names.getOrDefault(userId, userId.toString());
    }
}
