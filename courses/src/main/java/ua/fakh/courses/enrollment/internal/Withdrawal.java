package ua.fakh.courses.enrollment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.events.Outbox;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentWithdrawn;

/**
 * Withdraws one enrollment and announces it ({@link EnrollmentWithdrawn}) in the same transaction, so
 * whatever a freed place means elsewhere (a waiting list moving up) follows every way of withdrawing.
 */
@Singleton
class Withdrawal {
    private final EnrollmentRepository rows;
    private final Outbox outbox;

    Withdrawal(EnrollmentRepository rows, Outbox outbox) {
        this.rows = rows;
        this.outbox = outbox;
    }

    /** Must run in the caller's transaction; the row is active (the caller checked). */
    EnrollmentRow withdraw(EnrollmentRow row) {
        EnrollmentRow withdrawn = rows.update(row.withStatus(EnrollmentStatus.WITHDRAWN, null, null));
        outbox.publish(new EnrollmentWithdrawn(row.id(), row.courseId(), row.cohortId(), row.userId()));
        return withdrawn;
    }
}
