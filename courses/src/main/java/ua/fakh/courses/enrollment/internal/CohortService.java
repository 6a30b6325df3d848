package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.JsonColumns;
import ua.fakh.core.errors.ForbiddenException;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CourseRecords;
import ua.fakh.courses.enrollment.AttendanceMarks;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.Cohorts;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.NewCohort;
import ua.fakh.courses.enrollment.NewSession;
import ua.fakh.courses.meetings.MeetingRooms;
import ua.fakh.courses.meetings.OpenedRoom;
import ua.fakh.courses.meetings.RoomRequest;
import ua.fakh.courses.meetings.SessionMode;

import java.math.BigDecimal;
import java.time.Duration;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Singleton
class CohortService implements Cohorts {
    private final CohortRepository cohorts;
    private final SessionRepository sessions;
    private final AttendanceRepository attendance;
    private final EnrollmentRepository enrollments;
    private final CompletionCheck completion;
    private final CourseRecords courses;
    private final JsonColumns json;
    private final AuditLog audit;
    private final Clock clock;
    private final MeetingRooms meetings;

    CohortService(CohortRepository cohorts, SessionRepository sessions, AttendanceRepository attendance,
                  EnrollmentRepository enrollments, CompletionCheck completion, CourseRecords courses, JsonColumns json,
                  AuditLog audit, Clock clock, MeetingRooms meetings) {
        this.meetings = meetings;
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.attendance = attendance;
        this.enrollments = enrollments;
        this.completion = completion;
        this.courses = courses;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CohortView create(UUID courseId, @Valid NewCohort cohort, Caller trainer) {
        requireTrainer(courseId, trainer);
        courses.publishedVersion(courseId); // 404 for a course that does not exist (an administrator may name any id)
        if (cohort.startsOn() != null && cohort.endsOn() != null && cohort.endsOn().isBefore(cohort.startsOn())) {
            throw ValidationException.of("endsOn", "problem.field.endsBeforeStart");
        }
        List<UUID> trainers = cohort.trainerIds() == null || cohort.trainerIds().isEmpty() ? List.of(trainer.userId())
                : cohort.trainerIds();
        CohortRow row = cohorts.save(new CohortRow(Ids.newId(), courseId, cohort.name().strip(), cohort.startsOn(),
                cohort.endsOn(), cohort.dueAt(), cohort.minAttendancePercent(), write(trainers), clock.instant()));
        audit.record(trainer, "COHORT_CREATED", "cohort", row.id(), Map.of("courseId", courseId, "name", row.name()));
        return view(row);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CohortView> ofCourse(UUID courseId, Caller trainer) {
        requireTrainer(courseId, trainer);
        return cohorts.findByCourseIdOrderByCreatedAt(courseId).stream().map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CohortView get(UUID cohortId, Caller trainer) {
        CohortRow row = cohort(cohortId);
        requireTrainer(row.courseId(), trainer);
        return view(row);
    }

    @Override
    @Transactional
    public CohortView setDue(UUID cohortId, @Nullable Instant dueAt, Caller trainer) {
        CohortRow row = cohort(cohortId);
        requireTrainer(row.courseId(), trainer);
        CohortRow changed = cohorts.update(new CohortRow(row.id(), row.courseId(), row.name(), row.startsOn(), row.endsOn(),
                dueAt, row.minAttendancePercent(), row.trainerIds(), row.createdAt()));
        audit.record(trainer, "COHORT_DUE_SET", "cohort", cohortId, Map.of("dueAt", dueAt == null ? "" : dueAt.toString()));
        return view(changed);
    }

    @Override
    @Transactional
    public CohortView addSession(UUID cohortId, @Valid NewSession session, Caller trainer) {
        CohortRow row = cohort(cohortId);
        requireTrainer(row.courseId(), trainer);
        UUID id = Ids.newId();
        String title = session.title().strip();
        // the room is opened before anything is written: a provider's refusal leaves no session behind
        OpenedRoom room = meetings.open(new RoomRequest(id, title, session.startsAt(),
                Duration.ofMinutes(session.hours().multiply(BigDecimal.valueOf(60)).longValue()), session.modeOrDefault(),
                session.meetingProvider(), session.meetingUrl()));
        sessions.save(new SessionRow(id, cohortId, title, session.startsAt(), session.hours(),
                session.place() == null || session.place().isBlank() ? null : session.place().strip(),
                session.modeOrDefault().name(), room.provider(), room.trainerUrl(), room.roomJson()));
        return view(row);
    }

    @Override
    @Transactional
    public void markAttendance(UUID sessionId, AttendanceMarks marks, Caller trainer) {
        SessionRow session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("problem.session.notFound"));
        CohortRow cohort = cohort(session.cohortId());
        requireTrainer(cohort.courseId(), trainer);
        Map<UUID, Boolean> wanted = new HashMap<>();
        (marks.absent() == null ? List.<UUID>of() : marks.absent()).forEach(id -> wanted.put(id, false));
        (marks.present() == null ? List.<UUID>of() : marks.present()).forEach(id -> wanted.put(id, true));
        for (var mark : wanted.entrySet()) {
            EnrollmentRow enrollment = enrollments.findById(mark.getKey())
                    .filter(e -> cohort.id().equals(e.cohortId()))
                    .orElseThrow(() -> ValidationException.of("present", "problem.field.notInCohort"));
            var existing = attendance.findBySessionIdAndEnrollmentId(sessionId, enrollment.id());
            if (existing.isPresent()) {
                AttendanceRow a = existing.get();
                if (a.present() == mark.getValue()) {
                    // a grid saved again agrees with the row: a measured or overridden mark keeps its minutes and reason
                    continue;
                }
                attendance.update(AttendanceRow.marked(a, a.id(), sessionId, enrollment.id(), mark.getValue(), trainer.userId(), clock.instant()));
            } else {
                attendance.save(AttendanceRow.marked(null, Ids.newId(), sessionId, enrollment.id(), mark.getValue(), trainer.userId(), clock.instant()));
            }
            completion.evaluate(enrollment.id());
        }
        audit.record(trainer, "ATTENDANCE_MARKED", "session", sessionId, Map.of("marks", wanted.size()));
    }

    @Override
    @Transactional
    public int markAllPresent(UUID sessionId, Caller trainer) {
        SessionRow session = sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("problem.session.notFound"));
        requireTrainer(cohort(session.cohortId()).courseId(), trainer);
        List<UUID> members = enrollments.findByCohortId(session.cohortId()).stream()
                .filter(e -> e.status() != EnrollmentStatus.WITHDRAWN).map(EnrollmentRow::id).toList();
        markAttendance(sessionId, new AttendanceMarks(members, List.of()), trainer);
        return members.size();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Map<UUID, Boolean>> attendance(UUID cohortId, Caller trainer) {
        CohortRow cohort = cohort(cohortId);
        requireTrainer(cohort.courseId(), trainer);
        List<UUID> sessionIds = sessions.findByCohortIdOrderByStartsAt(cohortId).stream().map(SessionRow::id).toList();
        Map<UUID, Map<UUID, Boolean>> sheet = new HashMap<>();
        enrollments.findByCohortId(cohortId).forEach(e -> sheet.put(e.id(), new HashMap<>()));
        if (!sessionIds.isEmpty()) {
            attendance.findBySessionIdIn(sessionIds).forEach(a ->
                    sheet.computeIfAbsent(a.enrollmentId(), id -> new HashMap<>()).put(a.sessionId(), a.present()));
        }
        return sheet;
    }

    /** Package-private: open registration shows the same view (CohortPlacesService). */
    CohortView view(CohortRow row) {
        List<CohortView.Session> list = sessions.findByCohortIdOrderByStartsAt(row.id()).stream()
                .map(s -> new CohortView.Session(s.id(), s.title(), s.startsAt(), s.hours(), s.place(), SessionMode.valueOf(s.mode()),
                        s.meetingProvider())).toList();
        return new CohortView(row.id(), row.courseId(), row.name(), row.startsOn(), row.endsOn(), row.dueAt(),
                row.minAttendancePercent(), read(row.trainerIds()), list, enrollments.findByCohortId(row.id()).size());
    }

    private CohortRow cohort(UUID id) {
        return cohorts.findById(id).orElseThrow(() -> new NotFoundException("problem.cohort.notFound"));
    }

    private void requireTrainer(UUID courseId, Caller trainer) {
        if (!courses.mayEdit(courseId, trainer)) {
            throw new ForbiddenException("problem.cohort.trainersOnly");
        }
    }

    private String write(List<UUID> ids) {
        return json.write(ids);
    }

    private List<UUID> read(String text) {
        return json.read(text, Argument.listOf(UUID.class));
    }
}
