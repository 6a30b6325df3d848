package ua.fakh.courses.plugins.meeting_bigbluebutton;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.courses.spi.MeetingCallback;
import ua.fakh.courses.spi.MeetingParticipant;
import ua.fakh.courses.spi.MeetingProvider;
import ua.fakh.courses.spi.MeetingReport;
import ua.fakh.courses.spi.MeetingRequest;
import ua.fakh.courses.spi.MeetingRoom;
import ua.fakh.courses.spi.MeetingUnavailableException;
import ua.fakh.courses.spi.MeetingUnavailableException.Reason;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A BigBlueButton server (2.6 or newer: joins name the role instead of a password). Fakh creates the
 * meeting (its id derived from the session), hands each person a signed join with their Fakh user id,
 * and takes the Learning Dashboard's report when the meeting is over (see {@link BigBlueButtonCallbacks}).
 */
@Singleton
public class MeetingBigBlueButton implements MeetingProvider {
    static final String ID = "meeting_bigbluebutton";
    static final String NAME = "name";
    static final String CALLBACK_URL = "callbackUrl";
    private static final PluginDescriptor DESCRIPTOR = PluginDescriptor.of(ID, "1.0.0");
    /**
     * How long this node trusts its own recent {@code create}: a server keeps a new meeting for minutes
     * ({@code meetingExpireIfNoUserJoinedInMinutes}, 5 by default), so the burst of joins when a
     * session starts costs one create, not one per person.
     */
    static final Duration RECENTLY_CREATED = Duration.ofSeconds(20);

    private final BigBlueButtonSettings settings;
    private final BigBlueButtonApi api;
    private final BigBlueButtonCallbacks callbacks;
    private final Clock clock;
    /** A cache only (each node its own, nothing depends on it): meeting id → when this node last created it. */
    private final Map<String, Instant> created = new ConcurrentHashMap<>();

    MeetingBigBlueButton(BigBlueButtonSettings settings, BigBlueButtonApi api, BigBlueButtonCallbacks callbacks, Clock clock) {
        this.settings = settings;
        this.api = api;
        this.callbacks = callbacks;
        this.clock = clock;
    }

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean isConfigured() {
        return settings.isConfigured() && BigBlueButtonChecksum.isKnown(settings.checksumAlgorithm());
    }

    @Override
    public boolean takesTrainerUrl() {
        return false;
    }

    @Override
    public MeetingRoom open(MeetingRequest request) {
        MeetingRoom room = new MeetingRoom(meetingIdOf(request), Map.of(NAME, request.title(), CALLBACK_URL, request.callbackUrl()));
        create(room);
        return room;
    }

    /**
     * BigBlueButton forgets a meeting nobody joined within minutes of its creation, and one that ended;
     * so every join creates it again first. {@code create} with the same id is idempotent on the
     * server (a running meeting answers SUCCESS with {@code duplicateWarning}), and it carries the
     * callbacks again, so the report still reaches Fakh. A create of the last seconds stands.
     */
    @Override
    public String joinUrl(MeetingRoom room, MeetingParticipant participant) {
        Instant now = clock.instant();
        Instant last = created.get(room.roomId());
        if (last == null || !now.isBefore(last.plus(RECENTLY_CREATED))) {
            create(room);
        }
        Map<String, String> join = new LinkedHashMap<>();
        join.put("fullName", participant.displayName());
        join.put("meetingID", room.roomId());
        join.put("role", participant.moderator() ? "MODERATOR" : "VIEWER");
        join.put("userID", participant.userId().toString());
        join.put("redirect", "true");
        return api.url("join", join);
    }

    /** A meeting the server no longer knows ({@code notFound}) is already over: nothing to do. */
    @Override
    public void end(MeetingRoom room) {
        created.remove(room.roomId());
        BigBlueButtonApi.Reply reply = api.call("end", Map.of("meetingID", room.roomId()));
        if (!reply.succeeded() && !"notFound".equals(reply.messageKey())) {
            throw new MeetingUnavailableException(Reason.REFUSED, ID, "end " + room.roomId() + " " + reply.describe());
        }
    }

    @Override
    public Optional<MeetingReport> readCallback(MeetingCallback callback) {
        return callbacks.read(callback);
    }

    /** {@code fakh-<session id>}: one meeting per session, found again by the same id. */
    static String meetingIdOf(MeetingRequest request) {
        return "fakh-" + request.sessionId();
    }

    private void create(MeetingRoom room) {
        Map<String, String> create = new LinkedHashMap<>();
        create.put("name", room.values().getOrDefault(NAME, room.roomId()));
        create.put("meetingID", room.roomId());
        create.put("record", "false");
        // without recording, only kept events feed the Learning Dashboard's report
        create.put("meetingKeepEvents", "true");
        String callback = room.values().get(CALLBACK_URL);
        if (callback != null) {
            create.put("meta_endCallbackUrl", callback);
            create.put("meta_analytics-callback-url", callback);
        }
        BigBlueButtonApi.Reply reply = api.call("create", create);
        if (!reply.succeeded()) {
            throw new MeetingUnavailableException(Reason.REFUSED, ID, "create " + room.roomId() + " " + reply.describe());
        }
        Instant now = clock.instant();
        created.values().removeIf(at -> !now.isBefore(at.plus(RECENTLY_CREATED)));
        created.put(room.roomId(), now);
    }
}
