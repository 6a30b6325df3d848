package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * {@code attended} of the {@code held} sessions, {@code percent} of them (rounded down), the cohort's
     * {@code minimum} (null: none); with no sessions the minimum is met.
     */
    record Standing(int attended, int held, int percent, @Nullable Integer minimum) {
        boolean meetsMinimum() {
            return held == 0 || minimum == null || percent >= minimum;
        }

        static Standing of(int attended, int held, @Nullable Integer minimum) {
            return new Standing(attended, held, held == 0 ? 100 : (int) Math.floor(100.0 * attended / held), minimum);
        }
    }

    /**
     * A member's standing and how many of the cohort's online sessions still wait to be counted for them,
     * with what they were worked out from (the cohort, its sessions in time order, the member's marks).
     */
    record Reading(Standing standing, int awaitingMeasurement, CohortRow cohort, List<SessionRow> sessions,
                   Map<UUID, Boolean> marks) {
    }

    /**
     * One read of the cohort, its sessions and the member's marks for both: the standing, and the online
     * sessions (online or both) with no counted attendance for this member yet, where the member has no mark
     * and the session is not over or has not been measured. In-person sessions keep their rule: unmarked once
     * over is absent.
     */
    Reading read(UUID cohortId, UUID enrollmentId, Instant now) {
        CohortRow cohort = cohorts.findById(cohortId).orElseThrow();
        List<SessionRow> held = sessions.findByCohortIdOrderByStartsAt(cohortId);
        if (held.isEmpty()) {
            return new Reading(Standing.of(0, 0, cohort.minAttendancePercent()), 0, cohort, held, Map.of());
        }
        Map<UUID, Boolean> marks = marks(enrollmentId);
        int pending = 0;
        List<UUID> overAndUnmarked = new ArrayList<>();
        for (SessionRow session : held) {
            if (IN_PERSON.equals(session.mode()) || marks.containsKey(session.id())) {
                continue;
            }
            Instant ends = session.startsAt().plusSeconds(session.hours().multiply(BigDecimal.valueOf(3600)).longValue());
            if (now.isBefore(ends)) {
                pending++;
            } else {
                overAndUnmarked.add(session.id());
            }
        }
        if (!overAndUnmarked.isEmpty()) {
            Set<UUID> measured = Set.copyOf(attendance.findDistinctSessionIdBySessionIdInAndSource(overAndUnmarked, MEASURED));
            pending += (int) overAndUnmarked.stream().filter(id -> !measured.contains(id)).count();
        }
        return new Reading(Standing.of(presentAt(held, marks), held.size(), cohort.minAttendancePercent()), pending,
                cohort, held, marks);
    }

    /** Session id → present, for one enrollment (sessions not marked are absent from the map). */
    Map<UUID, Boolean> marks(UUID enrollmentId) {
        Map<UUID, Boolean> marks = new HashMap<>();
        attendance.findByEnrollmentId(enrollmentId).forEach(a -> marks.put(a.sessionId(), a.present()));
        return marks;
    }

    /** The standing of each enrollment of a roster, with one query per table: a gradebook of hundreds stays cheap. */
    Map<UUID, Standing> standings(Collection<EnrollmentRow> rows) {
        List<UUID> cohortIds = rows.stream().map(EnrollmentRow::cohortId).filter(java.util.Objects::nonNull).distinct().toList();
        if (cohortIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, CohortRow> cohortById = cohorts.findByIdIn(cohortIds).stream().collect(Collectors.toMap(CohortRow::id, c -> c));
        Map<UUID, List<SessionRow>> sessionsByCohort = sessions.findByCohortIdIn(cohortIds).stream()
                .collect(Collectors.groupingBy(SessionRow::cohortId));
        List<UUID> sessionIds = sessionsByCohort.values().stream().flatMap(List::stream).map(SessionRow::id).toList();
        Map<UUID, Set<UUID>> presentByEnrollment = sessionIds.isEmpty() ? Map.of()
                : attendance.findBySessionIdIn(sessionIds).stream().filter(AttendanceRow::present)
                .collect(Collectors.groupingBy(AttendanceRow::enrollmentId, Collectors.mapping(AttendanceRow::sessionId, Collectors.toSet())));
        Map<UUID, Standing> standings = new HashMap<>();
        for (EnrollmentRow row : rows) {
            List<SessionRow> held = row.cohortId() == null ? List.of() : sessionsByCohort.getOrDefault(row.cohortId(), List.of());
            if (held.isEmpty()) {
                continue;
            }
            Set<UUID> present = presentByEnrollment.getOrDefault(row.id(), Set.of());
            int attended = (int) held.stream().filter(s -> present.contains(s.id())).count();
            standings.put(row.id(), Standing.of(attended, held.size(), cohortById.get(row.cohortId()).minAttendancePercent()));
        }
        return standings;
    }

    private static final String IN_PERSON = "IN_PERSON";
    private static final String MEASURED = "MEASURED";

    private static int presentAt(List<SessionRow> held, Map<UUID, Boolean> marks) {
        return (int) held.stream().filter(s -> Boolean.TRUE.equals(marks.get(s.id()))).count();
    }
}
