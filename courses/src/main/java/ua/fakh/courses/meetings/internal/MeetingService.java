package ua.fakh.courses.meetings.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.common.JsonColumns;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.plugins.PluginStrings;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.meetings.Checkin;
import ua.fakh.courses.meetings.CheckinCode;
import ua.fakh.courses.meetings.JoinedPerson;
import ua.fakh.courses.meetings.Meetings;
import ua.fakh.courses.meetings.SessionMeeting;
import ua.fakh.courses.meetings.SessionMode;
import ua.fakh.courses.spi.MeetingParticipant;
import ua.fakh.courses.spi.MeetingProvider;
import ua.fakh.courses.spi.MeetingRoom;
import ua.fakh.courses.spi.MeetingUnavailableException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** {@link Meetings}: the session's page and the join route here; check-ins and the live view in their own classes. */
@Singleton
class MeetingService implements Meetings {
    private final SessionGate gate;
    private final MeetingProviders providers;
    private final JoinRepository joins;
    private final Checkins checkins;
    private final LiveView live;
    private final JsonColumns json;
    private final Clock clock;

    MeetingService(SessionGate gate, MeetingProviders providers, JoinRepository joins, Checkins checkins, LiveView live,
                   JsonColumns json, Clock clock) {
        this.gate = gate;
        this.providers = providers;
        this.joins = joins;
        this.checkins = checkins;
        this.live = live;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public SessionMeeting session(UUID sessionId, Caller caller, Locale locale) {
        SessionGate.Seen seen = gate.memberOrTrainer(sessionId, caller);
        SessionAccess s = seen.session();
        Instant now = Times.now(clock);
        SessionMode mode = SessionMode.valueOf(s.mode());
        boolean joinOpen = mode.isOnline() && s.meetingRoom() != null
                && !now.isBefore(s.startsAt().minus(SessionMeeting.JOIN_OPENS_BEFORE)) && now.isBefore(s.endsAt());
        String providerName = s.meetingProvider() == null ? null
                : providers.find(s.meetingProvider()).map(p -> PluginStrings.name(p, locale)).orElse(null);
        return new SessionMeeting(s.id(), s.courseId(), s.cohortId(), s.title(), s.startsAt(), s.endsAt(), mode, providerName,
                seen.trainer(), joinOpen, seen.trainer() ? checkins.shownNow(sessionId).orElse(null) : null);
    }

    @Override
    public String join(UUID sessionId, Caller caller) {
        SessionGate.Seen seen = gate.memberOrTrainer(sessionId, caller);
        SessionAccess s = seen.session();
        if (!SessionMode.valueOf(s.mode()).isOnline() || s.meetingRoom() == null || s.meetingProvider() == null) {
            throw new NotFoundException("problem.meeting.notOnline");
        }
        MeetingProvider provider = providers.find(s.meetingProvider())
                .orElseThrow(() -> MeetingUnreachableException.providerGone(s.meetingProvider()));
        MeetingRoom room = json.read(s.meetingRoom(), StoredRoom.class).room();
        String name = s.userName() == null ? caller.email() : s.userName();
        String url;
        try {
            url = provider.joinUrl(room, new MeetingParticipant(caller.userId(), name, seen.trainer()));
        } catch (MeetingUnavailableException unreachable) {
            throw MeetingUnreachableException.of(unreachable);
        }
        // logged only once the address is known: a failed join is not a join
        joins.save(new JoinRow(Ids.newId(), sessionId, caller.userId(), Times.now(clock), seen.trainer()));
        return url;
    }

    @Override
    public CheckinCode openCheckinCode(UUID sessionId, int minutes, Caller trainer) {
        return checkins.open(gate.trainer(sessionId, trainer), minutes, trainer);
    }

    @Override
    public Checkin checkIn(UUID sessionId, String code, Caller member) {
        return checkins.enter(gate.member(sessionId, member), code, member);
    }

    @Override
    public List<JoinedPerson> joins(UUID sessionId, Caller trainer) {
        gate.trainer(sessionId, trainer);
        return live.of(sessionId);
    }

    @Override
    public List<JoinedPerson.Companion> confirmCompanions(UUID sessionId, UUID hostUserId, List<UUID> userIds, Caller trainer) {
        return live.confirm(gate.trainer(sessionId, trainer), hostUserId, userIds, trainer);
    }
}
