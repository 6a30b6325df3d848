package ua.fakh.courses.enrollment.internal;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** How much of a cohort's in-person part a learner attended, against the cohort's minimum. */
@Singleton
class CohortAttendance {
    private final CohortRepository cohorts;
    private final SessionRepository sessions;
    private final AttendanceRepository attendance;

    CohortAttendance(CohortRepository cohorts, SessionRepository sessions, AttendanceRepository attendance) {
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.attendance = attendance;
    }

    record Standing(int percent, boolean meetsMinimum) {
    }

    /** Percent of the cohort's sessions attended; with no sessions or no minimum the minimum is met. */
    Standing standing(UUID cohortId, UUID enrollmentId) {
        CohortRow cohort = cohorts.findById(cohortId).orElseThrow();
        List<SessionRow> held = sessions.findByCohortIdOrderByStartsAt(cohortId);
        if (held.isEmpty()) {
            return new Standing(100, true);
        }
        Set<UUID> sessionIds = held.stream().map(SessionRow::id).collect(Collectors.toSet());
        long present = attendance.findByEnrollmentId(enrollmentId).stream()
                .filter(a -> a.present() && sessionIds.contains(a.sessionId())).count();
        int percent = (int) Math.floor(100.0 * present / held.size());
        Integer minimum = cohort.minAttendancePercent();
        return new Standing(percent, minimum == null || percent >= minimum);
    }
}
