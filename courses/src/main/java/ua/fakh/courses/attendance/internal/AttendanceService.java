package ua.fakh.courses.attendance.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.common.Ids;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.FieldError;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.attendance.AttendanceSource;
import ua.fakh.courses.attendance.MeasuredAttendance;
import ua.fakh.courses.attendance.Measurement;
import ua.fakh.courses.attendance.SessionAttendanceReport;
import ua.fakh.courses.enrollment.Enrollments;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes measured attendance and overrides into the attendance rows the completion rule reads, and has
 * the completion of every changed enrollment evaluated again ({@link Enrollments#recheck}) in the same
 * transaction, as the trainer's own marks do.
 */
@Singleton
class AttendanceService implements MeasuredAttendance {
    static final int MAX_REASON = 1000;
    static final String IN_PERSON = "IN_PERSON";
    /** Held online and in the room: a hand mark of presence stands, those people sat in the room. */
    static final String BOTH = "BOTH";

    private final MeetingLog log;
    private final MarkRepository marks;
    private final Measurements measurements;
    private final RuleService rules;
    private final Enrollments enrollments;
    private final AuditLog audit;
    private final Clock clock;

    AttendanceService(MeetingLog log, MarkRepository marks, Measurements measurements, RuleService rules,
                      Enrollments enrollments, AuditLog audit, Clock clock) {
        this.log = log;
        this.marks = marks;
        this.measurements = measurements;
        this.rules = rules;
        this.enrollments = enrollments;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Measurement measure(UUID sessionId, Caller trainer) {
        MeetingLog.Session session = session(sessionId);
        rules.requireTrainer(session.courseId(), trainer);
        if (IN_PERSON.equals(session.mode())) {
            throw new ConflictException("problem.attendance.inPersonOnly");
        }
        if (Presence.Window.of(session.startsAt(), MeetingLog.minutesOf(session.hours())).end().isAfter(clock.instant())) {
            throw new ConflictException("problem.attendance.notOverYet");
        }
        Measurement measurement = apply(session, trainer.userId());
        audit.record(trainer, "ATTENDANCE_MEASURED", "session", sessionId, Map.of("present", measurement.present(),
                "changed", measurement.changed(), "from", measurement.measuredFrom()));
        return measurement;
    }

    @Override
    @Transactional
    public Measurement measured(UUID sessionId) {
        MeetingLog.Session session = session(sessionId);
        if (IN_PERSON.equals(session.mode())) {
            return new Measurement(sessionId, 0, 0, 0, 0, Measurements.REPORT);
        }
        return apply(session, null);
    }

    private Measurement apply(MeetingLog.Session session, @Nullable UUID by) {
        log.lockSession(session.id());
        int percent = rules.ruleOf(session.courseId()).presentPercent();
        Measurements.Session measured = measurements.of(session);
        int sessionMinutes = measured.window().minutes();
        Map<UUID, MarkRow> existing = marks.findBySessionId(session.id()).stream()
                .collect(Collectors.toMap(MarkRow::enrollmentId, Function.identity()));
        List<MeetingLog.Member> members = log.members(session.cohortId());
        Instant now = clock.instant();
        int present = 0;
        int changed = 0;
        int kept = 0;
        for (MeetingLog.Member member : members) {
            MarkRow mark = existing.get(member.id());
            if (mark != null && stands(mark, session)) {
                kept++;
                present += mark.present() ? 1 : 0;
                continue;
            }
            int minutes = measured.of(member.userId()).minutes();
            boolean isPresent = Presence.meets(minutes, sessionMinutes, percent);
            present += isPresent ? 1 : 0;
            if (mark != null && AttendanceSource.MEASURED.name().equals(mark.source()) && mark.present() == isPresent
                    && Objects.equals(mark.minutes(), minutes)) {
                continue;
            }
            MarkRow row = new MarkRow(mark == null ? Ids.newId() : mark.id(), session.id(), member.id(), isPresent, by, now,
                    minutes, AttendanceSource.MEASURED.name(), null);
            if (mark == null) {
                marks.save(row);
            } else {
                marks.update(row);
            }
            changed++;
            enrollments.recheck(member.id());
        }
        return new Measurement(session.id(), members.size(), present, changed, kept, measured.from());
    }

    /** A measurement never changes an override, nor, in a session held in the room too, a hand mark of presence. */
    private static boolean stands(MarkRow mark, MeetingLog.Session session) {
        return AttendanceSource.OVERRIDE.name().equals(mark.source())
                || BOTH.equals(session.mode()) && AttendanceSource.MARKED.name().equals(mark.source()) && mark.present();
    }

    @Override
    @Transactional
    public SessionAttendanceReport.Mark override(UUID sessionId, UUID enrollmentId, @Nullable Boolean present,
                                                 @Nullable String reason, Caller trainer) {
        MeetingLog.Session session = session(sessionId);
        rules.requireTrainer(session.courseId(), trainer);
        List<FieldError> errors = new ArrayList<>();
        if (present == null) {
            errors.add(new FieldError("present", "problem.field.attendancePresent"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "problem.field.attendanceReason"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (log.members(session.cohortId()).stream().noneMatch(m -> m.id().equals(enrollmentId))) {
            throw new NotFoundException("problem.attendance.notInCohort");
        }
        log.lockSession(sessionId);
        var before = marks.findBySessionIdAndEnrollmentId(sessionId, enrollmentId);
        MarkRow row = new MarkRow(before.map(MarkRow::id).orElseGet(Ids::newId), sessionId, enrollmentId, present,
                trainer.userId(), clock.instant(), before.map(MarkRow::minutes).orElse(null), AttendanceSource.OVERRIDE.name(), why);
        if (before.isPresent()) {
            marks.update(row);
        } else {
            marks.save(row);
        }
        audit.record(trainer, "ATTENDANCE_OVERRIDDEN", "enrollment", enrollmentId, Map.of("sessionId", sessionId,
                "present", present, "reason", why,
                "before", before.map(b -> b.source() + ":" + b.present()).orElse("")));
        enrollments.recheck(enrollmentId);
        return new SessionAttendanceReport.Mark(sessionId, enrollmentId, present, AttendanceSource.OVERRIDE, row.minutes(), why);
    }

    MeetingLog.Session session(UUID sessionId) {
        return log.session(sessionId).orElseThrow(() -> new NotFoundException("problem.session.notFound"));
    }
}
