package ua.fakh.web.meetings;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.enrollment.EnrollmentView;
import ua.fakh.courses.meetings.JoinedPerson;
import ua.fakh.courses.meetings.SessionMeeting;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The trainer's session page: the check-in code being shown, who joined (refreshed by the page), and the companions form. */
public record TrainerSessionModel(SessionMeeting session, List<JoinedPerson> joins, List<EnrollmentView> members,
                                  @Nullable String notice, Map<String, String> errors) {

    public String when() {
        return KyivTime.dateTime(session.startsAt());
    }

    public static String time(@Nullable Instant at) {
        return at == null ? "—" : KyivTime.DATE_TIME.withZone(KyivTime.ZONE).format(at).substring(11);
    }

    /** The joined people a companion may be confirmed with: those who passed through the join page. */
    public List<JoinedPerson> hosts() {
        return joins.stream().filter(j -> j.joins() > 0).toList();
    }

    public String base() {
        return "/teach/sessions/" + session.id();
    }
}
