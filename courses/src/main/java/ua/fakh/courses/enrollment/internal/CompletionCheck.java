package ua.fakh.courses.enrollment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.events.Outbox;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.enrollment.CourseCompleted;
import ua.fakh.courses.enrollment.CourseResults;
import ua.fakh.courses.enrollment.EnrollmentStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * The completion rule ({@link CompletionRule}), evaluated whenever progress or attendance changes, in
 * the caller's transaction with the enrollment row locked. When nothing is missing the enrollment becomes COMPLETED and
 * {@link CourseCompleted} goes to the outbox in the same transaction: a fact, not a later guess.
 */
@Singleton
class CompletionCheck {
    private final EnrollmentRepository enrollments;
    private final CompletionRule rule;
    private final CourseRecords courses;
    private final CourseResults results;
    private final Outbox outbox;
    private final Clock clock;

    CompletionCheck(EnrollmentRepository enrollments, CompletionRule rule, CourseRecords courses, CourseResults results,
                    Outbox outbox, Clock clock) {
        this.enrollments = enrollments;
        this.rule = rule;
        this.courses = courses;
        this.results = results;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Must run inside a transaction; locks the enrollment. Returns the row as it is afterwards. */
    EnrollmentRow evaluate(UUID enrollmentId) {
        EnrollmentRow row = enrollments.findByIdForUpdate(enrollmentId).orElseThrow();
        if (row.status() != EnrollmentStatus.ACTIVE) {
            return row;
        }
        CompletionRule.Verdict verdict = rule.evaluate(row);
        if (!verdict.missing().isEmpty()) {
            return row;
        }
        Integer attendancePercent = verdict.attendance() == null ? null : verdict.attendance().standing().percent();
        Instant now = clock.instant();
        int version = courses.publishedVersion(row.courseId());
        EnrollmentRow completed = enrollments.update(row.withStatus(EnrollmentStatus.COMPLETED, now, version));
        outbox.publish(new CourseCompleted(row.id(), row.userId(), row.courseId(), version, results.resultPercent(row.id()), attendancePercent,
                row.cohortId(), row.enrolledAt(), now));
        return completed;
    }
}
