package ua.fakh.courses.meetings;

import ua.fakh.core.security.Caller;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What happens around an online session, decided on the current state per call: members of the
 * session's cohort (not withdrawn) join and check in; the course's trainers join as moderators, show
 * check-in codes, watch who joined and confirm companions. Others get 403; an unknown session 404.
 */
public interface Meetings {

    /** The session as its page shows it to this caller (member or trainer), the plugin's name in {@code locale}. */
    SessionMeeting session(UUID sessionId, Caller caller, Locale locale);

    /**
     * Records one pass through the join page and says where to send the person (the provider's join
     * address). 404 for a session that is not online. Cheap: one read of the session with the
     * caller's membership and name, one insert.
     */
    String join(UUID sessionId, Caller caller);

    /** A new random 6-digit code, open from now for {@code minutes} (1–240). Course trainers. */
    CheckinCode openCheckinCode(UUID sessionId, int minutes, Caller trainer);

    /**
     * A member enters the code shown: recorded once per person and code (a repeat returns the same
     * check-in); a code that is not the session's, or no longer open, is refused with 422.
     */
    Checkin checkIn(UUID sessionId, String code, Caller member);

    /** Everyone who joined, checked in or was confirmed as a companion, for the trainer's live view. */
    List<JoinedPerson> joins(UUID sessionId, Caller trainer);

    /**
     * The trainer confirms cohort members as having sat at {@code hostUserId}'s device (who must have
     * joined). Idempotent: a person already confirmed stays as first confirmed. Returns the host's companions.
     */
    List<JoinedPerson.Companion> confirmCompanions(UUID sessionId, UUID hostUserId, List<UUID> userIds, Caller trainer);
}
