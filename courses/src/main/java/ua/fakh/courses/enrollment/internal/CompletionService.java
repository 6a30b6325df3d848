package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.enrollment.CompletionStanding;
import ua.fakh.courses.enrollment.Completions;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.enrollment.MissingRequirement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
class CompletionService implements Completions {
    private final EnrollmentRepository enrollments;
    private final CohortRepository cohorts;
    private final SessionRepository sessions;
    private final CohortAttendance attendance;
    private final CompletionRule rule;
    private final CourseRecords courses;
    private final Clock clock;

    CompletionService(EnrollmentRepository enrollments, CohortRepository cohorts, SessionRepository sessions,
                      CohortAttendance attendance, CompletionRule rule, CourseRecords courses, Clock clock) {
        this.enrollments = enrollments;
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.attendance = attendance;
        this.rule = rule;
        this.courses = courses;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public CompletionStanding standing(UUID enrollmentId, Caller caller) {
        EnrollmentRow row = enrollments.findById(enrollmentId).orElseThrow(() -> new NotFoundException("problem.enrollment.notFound"));
        requireLearnerOrTrainer(row.userId(), row.courseId(), caller);
        return standing(row.id(), row.courseId(), row.status(), row.completedAt(), rule.evaluate(row));
    }

    @Override
    @Transactional(readOnly = true)
    public CompletionStanding standing(EnrollmentView enrollment, Caller caller) {
        requireLearnerOrTrainer(enrollment.userId(), enrollment.courseId(), caller);
        return standing(enrollment.id(), enrollment.courseId(), enrollment.status(), enrollment.completedAt(),
                rule.evaluate(enrollment));
    }

    /** Who may see a standing: the learner themself or a trainer of the course. */
    private void requireLearnerOrTrainer(UUID learnerId, UUID courseId, Caller caller) {
        if (!learnerId.equals(caller.userId()) && !courses.mayEdit(courseId, caller)) {
            throw new ForbiddenException("problem.enrollment.someoneElses");
        }
    }

    private CompletionStanding standing(UUID enrollmentId, UUID courseId, EnrollmentStatus status, @Nullable Instant completedAt,
                                        CompletionRule.Verdict verdict) {
        boolean completed = status == EnrollmentStatus.COMPLETED;
        return new CompletionStanding(enrollmentId, courseId, status, completedAt,
                completed ? List.of() : verdict.missing(), completed ? null : verdict.nextRequiredLessonId(),
                verdict.attendance() == null ? null : attendanceOf(verdict.attendance()));
    }

    /** Written from what the rule read: no second reading of the cohort, its sessions or the marks. */
    private CompletionStanding.Attendance attendanceOf(CohortAttendance.Reading reading) {
        CohortRow cohort = reading.cohort();
        CohortAttendance.Standing standing = reading.standing();
        List<CompletionStanding.Session> list = reading.sessions().stream()
                .map(s -> new CompletionStanding.Session(s.id(), s.title(), s.startsAt(), s.hours(), s.place(),
                        reading.marks().get(s.id())))
                .toList();
        return new CompletionStanding.Attendance(cohort.name(), standing.attended(), standing.held(), standing.percent(),
                cohort.minAttendancePercent(), list);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MissingRequirement> missing(UUID enrollmentId) {
        EnrollmentRow row = enrollments.findById(enrollmentId).orElseThrow(() -> new NotFoundException("problem.enrollment.notFound"));
        return row.status() == EnrollmentStatus.COMPLETED ? List.of() : rule.evaluate(row).missing();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, AttendanceSummary> attendance(Collection<UUID> enrollmentIds) {
        if (enrollmentIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, AttendanceSummary> summaries = new HashMap<>();
        attendance.standings(enrollments.findByIdIn(enrollmentIds)).forEach((id, s) ->
                summaries.put(id, new AttendanceSummary(s.attended(), s.held(), s.percent(), s.minimum())));
        return summaries;
    }

    @Override
    @Transactional(readOnly = true)
    public BigDecimal creditedHours(UUID courseId, UUID userId, BigDecimal courseHours) {
        EnrollmentRow row = enrollments.findByCourseIdAndUserId(courseId, userId).orElse(null);
        List<SessionRow> held = row == null || row.cohortId() == null ? List.of() : sessions.findByCohortIdOrderByStartsAt(row.cohortId());
        if (held.isEmpty()) {
            return courseHours;
        }
        Map<UUID, Boolean> marks = attendance.marks(row.id());
        BigDecimal credited = courseHours;
        for (SessionRow session : held) {
            if (!Boolean.TRUE.equals(marks.get(session.id()))) {
                credited = credited.subtract(session.hours()); // the hours of a session missed are not credited
            }
        }
        return credited.max(BigDecimal.ZERO);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UpcomingSession> nextSession(UUID userId) {
        Map<UUID, EnrollmentRow> byCohort = enrollments.findByUserIdOrderByEnrolledAtDesc(userId).stream()
                .filter(e -> e.status() == EnrollmentStatus.ACTIVE && e.cohortId() != null)
                .collect(Collectors.toMap(EnrollmentRow::cohortId, e -> e, (a, b) -> a));
        if (byCohort.isEmpty()) {
            return Optional.empty();
        }
        return sessions.findByCohortIdInAndStartsAtGreaterThanEqualsOrderByStartsAt(byCohort.keySet(), clock.instant().minusSeconds(3600))
                .stream().findFirst().map(s -> {
                    CohortRow cohort = cohorts.findById(s.cohortId()).orElseThrow();
                    return new UpcomingSession(Objects.requireNonNull(byCohort.get(s.cohortId())).courseId(), cohort.name(),
                            s.title(), s.startsAt(), s.hours(), s.place());
                });
    }
}
