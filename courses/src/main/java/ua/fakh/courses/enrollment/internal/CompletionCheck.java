package ua.fakh.courses.enrollment.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.events.Outbox;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.content.LessonRequirement;
import ua.fakh.courses.enrollment.CourseCompleted;
import ua.fakh.courses.enrollment.CourseResults;
import ua.fakh.courses.enrollment.EnrollmentStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The completion rule, evaluated whenever progress or attendance changes, in the caller's
 * transaction with the enrollment row locked: every lesson required for completion done (a passed
 * quiz counts as done; a pre-test never holds completion up), and for a blended cohort with a
 * minimum, attendance at least that many percent. When it holds the enrollment becomes COMPLETED and
 * {@link CourseCompleted} goes to the outbox in the same transaction: a fact, not a later guess.
 */
@Singleton
class CompletionCheck {
    private final EnrollmentRepository enrollments;
    private final ProgressRepository progress;
    private final CohortAttendance attendance;
    private final CourseRecords courses;
    private final CourseResults results;
    private final Outbox outbox;
    private final Clock clock;

    CompletionCheck(EnrollmentRepository enrollments, ProgressRepository progress, CohortAttendance attendance,
                    CourseRecords courses, CourseResults results, Outbox outbox, Clock clock) {
        this.enrollments = enrollments;
        this.progress = progress;
        this.attendance = attendance;
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
        List<LessonRequirement> lessons = courses.lessonRequirements(row.courseId());
        Set<UUID> required = lessons.stream().filter(LessonRequirement::requiredForCompletion)
                .map(LessonRequirement::lessonId).collect(Collectors.toSet());
        if (lessons.isEmpty()) {
            return row;
        }
        Set<UUID> done = progress.findByEnrollmentId(enrollmentId).stream().map(ProgressRow::lessonId).collect(Collectors.toSet());
        if (!done.containsAll(required)) {
            return row;
        }
        Integer attendancePercent = null;
        if (row.cohortId() != null) {
            CohortAttendance.Standing standing = attendance.standing(row.cohortId(), enrollmentId);
            if (!standing.meetsMinimum()) {
                return row;
            }
            attendancePercent = standing.percent();
        }
        Instant now = clock.instant();
        int version = courses.publishedVersion(row.courseId());
        EnrollmentRow completed = enrollments.update(row.withStatus(EnrollmentStatus.COMPLETED, now, version));
        outbox.publish(new CourseCompleted(row.id(), row.userId(), row.courseId(), version, results.resultPercent(row.id()), attendancePercent,
                row.cohortId(), row.enrolledAt(), now));
        return completed;
    }
}
