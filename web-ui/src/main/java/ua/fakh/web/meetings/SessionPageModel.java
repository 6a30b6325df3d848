package ua.fakh.web.meetings;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.meetings.SessionMeeting;

import java.util.Map;

/** A participant's session page: when, how, the join button while the meeting is open, and the check-in form. */
public record SessionPageModel(SessionMeeting session, @Nullable String notice, Map<String, String> errors) {

    public String when() {
        return KyivTime.dateTime(session.startsAt()) + "–" + KyivTime.DATE_TIME.withZone(KyivTime.ZONE).format(session.endsAt()).substring(11);
    }

    public String joinOpensAt() {
        return KyivTime.dateTime(session.startsAt().minus(SessionMeeting.JOIN_OPENS_BEFORE));
    }

    public String base() {
        return "/sessions/" + session.id();
    }
}
