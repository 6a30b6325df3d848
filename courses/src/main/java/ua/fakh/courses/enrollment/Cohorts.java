package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.security.Caller;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Cohorts of blended trainings: the course's trainers create them, add sessions and mark attendance. */
public interface Cohorts {

    CohortView create(UUID courseId, NewCohort cohort, Caller trainer);

    List<CohortView> ofCourse(UUID courseId, Caller trainer);

    CohortView get(UUID cohortId, Caller trainer);

    /** The due date of every member without one of their own ({@code null} clears it). */
    CohortView setDue(UUID cohortId, @Nullable Instant dueAt, Caller trainer);

    CohortView addSession(UUID cohortId, NewSession session, Caller trainer);

    /** Marks attendance (idempotent: the last mark wins) and re-evaluates completion of those marked. */
    void markAttendance(UUID sessionId, AttendanceMarks marks, Caller trainer);

    /**
     * "All present": every member of the session's cohort who has not withdrawn is marked present (then
     * the trainer fixes the few who were not); returns how many were marked. Idempotent.
     */
    int markAllPresent(UUID sessionId, Caller trainer);

    /** Enrollment id → session id → present, for the attendance sheet. */
    Map<UUID, Map<UUID, Boolean>> attendance(UUID cohortId, Caller trainer);
}
