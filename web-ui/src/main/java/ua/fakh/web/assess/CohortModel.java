package ua.fakh.web.assess;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.enrollment.CohortView;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.meetings.MeetingChoice;
import ua.fakh.courses.meetings.SessionMode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One cohort: its members, sessions (in person, online or both) and the attendance sheet (enrollment →
 * session → present); {@code meetings} are the meeting plugins a new online session may use.
 */
public record CohortModel(TaughtCourse course, CohortView cohort, List<EnrollmentView> members,
                          Map<UUID, Map<UUID, Boolean>> attendance, Map<String, String> errors, @Nullable String notice,
                          List<MeetingChoice> meetings) {

    public List<SessionMode> modes() {
        return List.of(SessionMode.values());
    }

    /** The plugin's name for a session's meeting, or its id when the plugin is no longer offered. */
    public String meetingName(CohortView.Session session) {
        return meetings.stream().filter(m -> m.id().equals(session.meetingProvider())).map(MeetingChoice::name).findFirst()
                .orElse(session.meetingProvider() == null ? "" : session.meetingProvider());
    }

    public boolean present(UUID enrollmentId, UUID sessionId) {
        return Boolean.TRUE.equals(attendance.getOrDefault(enrollmentId, Map.of()).get(sessionId));
    }

    public boolean marked(UUID enrollmentId, UUID sessionId) {
        return attendance.getOrDefault(enrollmentId, Map.of()).containsKey(sessionId);
    }

    public String when(CohortView.Session session) {
        return KyivTime.dateTime(session.startsAt());
    }

    public String base() {
        return course.base() + "/cohorts/" + cohort.id();
    }
}
