package ua.fakh.web.assess;

import ua.fakh.courses.enrollment.EnrollmentView;

import java.util.List;

/**
 * The bulk withdrawal's confirmation page: who leaves, how many of those selected stay as they are
 * (completed or withdrawn already), and the selection to send back ({@code ids} comma-separated).
 */
public record WithdrawalModel(TaughtCourse course, List<EnrollmentView> leaving, int unchanged, String ids, String cohort) {
}
