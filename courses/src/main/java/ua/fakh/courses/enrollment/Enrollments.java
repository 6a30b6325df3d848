package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;
import ua.fakh.core.security.Caller;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who takes which course and how far they are. Enrolling twice gives the same enrollment; marking a
 * lesson done twice changes nothing; the enrollment becomes COMPLETED in the same transaction that
 * meets the course's rule, and a {@link CourseCompleted} event is published with it.
 */
public interface Enrollments {

    /** What notices about an enrolment are {@code about} ({@code Notice.about}): they go only while it is not withdrawn. */
    String NOTICE_TOPIC = "enrollment";

    /** The caller enrolls themself: open courses, or with the course's key. */
    EnrollmentView enrollSelf(UUID courseId, @Nullable String key, Caller learner);

    /** A course trainer enrolls users by id (line = position in the list, from 1). */
    EnrollmentReport enrollUsers(UUID courseId, List<UUID> userIds, @Nullable UUID cohortId, @Nullable Instant dueAt, Caller trainer);

    /**
     * A course trainer enrolls a pasted list of e-mails: separated by commas, semicolons, spaces, tabs or
     * new lines, bare or as {@code Name <email>}; every entry is enrolled or reported.
     */
    EnrollmentReport enrollEmails(UUID courseId, String list, @Nullable UUID cohortId, @Nullable Instant dueAt, Caller trainer);

    /** As {@link #enrollEmails} for a CSV file whose first column holds the e-mails. */
    EnrollmentReport enrollCsv(UUID courseId, String csv, @Nullable UUID cohortId, @Nullable Instant dueAt, Caller trainer);

    /**
     * A course trainer sets (or with {@code dueAt == null} clears) the own due date of several learners
     * at once: those named and, with a cohort, all its members. All or nothing: an id of another
     * course refuses the whole request.
     */
    BulkChange setDue(UUID courseId, BulkSelection selection, Caller trainer);

    /** A course trainer withdraws several learners at once; completed and already withdrawn ones stay as they are. */
    BulkChange withdraw(UUID courseId, BulkSelection selection, Caller trainer);

    List<EnrollmentView> mine(Caller learner);

    /** The learner themself or a trainer of the course. */
    EnrollmentView get(UUID enrollmentId, Caller caller);

    PageView<EnrollmentView> ofCourse(UUID courseId, Caller trainer, @Nullable Integer page, @Nullable Integer size);

    /**
     * How many enrollments (of any status) each course has, in one read and without an access check: for lists of
     * courses the caller was already allowed (a trainer's own). A course without enrollments is left out.
     */
    Map<UUID, Long> counts(Collection<UUID> courseIds);

    /** Every enrollment of the course (or of one of its cohorts), oldest first, for a course trainer's lists and reports. */
    List<EnrollmentView> roster(UUID courseId, @Nullable UUID cohortId, Caller trainer);

    /** A course trainer sets the enrollment's own due date ({@code null} clears it: the cohort's applies again). */
    EnrollmentView setDue(UUID enrollmentId, @Nullable Instant dueAt, Caller trainer);

    /** The learner marks a lesson done (idempotent); may complete the enrollment. */
    EnrollmentView completeLesson(UUID enrollmentId, UUID lessonId, Caller learner);

    /** The learner or a course trainer; a completed enrollment stays completed. */
    EnrollmentView withdraw(UUID enrollmentId, Caller caller);

    /** A quiz was passed: records the lesson done on the learner's behalf (idempotent); may complete the enrollment. */
    void lessonPassed(UUID courseId, UUID userId, UUID lessonId);

    /** The enrollment of a user in a course, without an access check (for issuing certificates). */
    java.util.Optional<EnrollmentView> find(UUID courseId, UUID userId);

    /** Evaluates the completion rule again (after attendance changed, say). */
    void recheck(UUID enrollmentId);
}
