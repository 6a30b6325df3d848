package ua.fakh.courses.attendance.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.organizations.OrganizationView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.courses.attendance.AttendanceReports;
import ua.fakh.courses.attendance.AttendanceSource;
import ua.fakh.courses.attendance.SessionAttendanceReport;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The per-session report: minutes measured now beside the marks as stored, and why anyone is not counted. */
@Singleton
class ReportService implements AttendanceReports {
    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    private final AttendanceService attendance;
    private final MeetingLog log;
    private final MarkRepository marks;
    private final Measurements measurements;
    private final RuleService rules;
    private final Users users;
    private final Organizations organizations;
    private final Messages messages;

    ReportService(AttendanceService attendance, MeetingLog log, MarkRepository marks, Measurements measurements,
                  RuleService rules, Users users, Organizations organizations, Messages messages) {
        this.attendance = attendance;
        this.log = log;
        this.marks = marks;
        this.measurements = measurements;
        this.rules = rules;
        this.users = users;
        this.organizations = organizations;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public SessionAttendanceReport report(UUID sessionId, Locale locale, Caller trainer) {
        MeetingLog.Session session = attendance.session(sessionId);
        rules.requireTrainer(session.courseId(), trainer);
        int percent = rules.ruleOf(session.courseId()).presentPercent();
        Measurements.Session measured = measurements.of(session);
        int sessionMinutes = measured.window().minutes();
        Map<UUID, MarkRow> stored = marks.findBySessionId(sessionId).stream()
                .collect(Collectors.toMap(MarkRow::enrollmentId, Function.identity()));
        List<MeetingLog.Member> members = log.members(session.cohortId());
        Map<UUID, UserView> people = users.findAll(members.stream().map(MeetingLog.Member::userId).toList());
        Map<UUID, String> places = new HashMap<>();
        boolean english = "en".equals(locale.getLanguage());
        List<SessionAttendanceReport.Line> lines = members.stream().map(member -> {
            UserView person = people.get(member.userId());
            Measurements.PersonTime time = measured.of(member.userId());
            MarkRow mark = stored.get(member.id());
            String organisation = person == null || person.organizationId() == null ? null
                    : places.computeIfAbsent(person.organizationId(), id -> name(organizations.get(id), english));
            return new SessionAttendanceReport.Line(member.id(), member.userId(), person == null ? "" : person.fullName(),
                    organisation, time.joinedAt(), time.leftAt(), time.minutes(),
                    sessionMinutes == 0 ? 0 : time.minutes() * 100 / sessionMinutes,
                    mark == null ? null : mark.present(), mark == null ? null : AttendanceSource.valueOf(mark.source()),
                    mark == null ? null : mark.reason(), note(mark, time, sessionMinutes, percent, locale));
        }).sorted(Comparator.comparing(SessionAttendanceReport.Line::name, Collator.getInstance(UKRAINIAN))).toList();
        return new SessionAttendanceReport(sessionId, session.courseId(), session.cohortId(), session.title(), session.startsAt(),
                sessionMinutes, percent, measured.from(), lines);
    }

    /** Why someone is not counted (empty when they are): an override's reason, a hand mark, never joined, below the rule. */
    private String note(@Nullable MarkRow mark, Measurements.PersonTime time, int sessionMinutes, int percent, Locale locale) {
        if (mark != null && AttendanceSource.OVERRIDE.name().equals(mark.source())) {
            return messages.get(locale, "attendance.note.override", mark.reason());
        }
        if (mark == null) {
            return messages.get(locale, "attendance.note.notMeasured");
        }
        if (mark.present()) {
            return "";
        }
        if (AttendanceSource.MARKED.name().equals(mark.source())) {
            return messages.get(locale, "attendance.note.markedAbsent");
        }
        if (!time.joined()) {
            return messages.get(locale, "attendance.note.neverJoined");
        }
        int needed = (sessionMinutes * percent + 99) / 100;
        return messages.get(locale, "attendance.note.belowRule", time.minutes(), sessionMinutes, needed, percent);
    }

    private static String name(OrganizationView organisation, boolean english) {
        return english && organisation.nameEn() != null && !organisation.nameEn().isBlank() ? organisation.nameEn() : organisation.name();
    }
}
