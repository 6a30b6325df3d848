package ua.fakh.courses.plugins.meeting_jitsi;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.courses.spi.MeetingParticipant;
import ua.fakh.courses.spi.MeetingProvider;
import ua.fakh.courses.spi.MeetingRequest;
import ua.fakh.courses.spi.MeetingRoom;
import ua.fakh.courses.spi.MeetingUnavailableException;
import ua.fakh.courses.spi.MeetingUnavailableException.Reason;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * A self-hosted Jitsi Meet with token authentication: a room exists once someone with a valid token
 * enters it, so opening one only fixes its name (from the session id: the same session, the same
 * room); each join link carries a token signed with the shared secret, naming the person and whether
 * they moderate. Jitsi reports nothing back: attendance comes from Fakh's join log and check-ins.
 */
@Singleton
public class JitsiMeeting implements MeetingProvider {
    static final String ID = "meeting_jitsi";
    static final String SERVER = "url";
    private final JitsiSettings settings;
    private final Clock clock;

    JitsiMeeting(JitsiSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "1.0.0");
    }

    @Override
    public boolean isConfigured() {
        return settings.isConfigured() && JitsiToken.isUsableSecret(settings.secret());
    }

    @Override
    public boolean takesTrainerUrl() {
        return false;
    }

    @Override
    public MeetingRoom open(MeetingRequest request) {
        if (!isConfigured()) {
            throw new MeetingUnavailableException(Reason.NOT_CONFIGURED, ID, "FAKH_JITSI_URL, FAKH_JITSI_APP_ID, FAKH_JITSI_SECRET");
        }
        String room = "fakh" + request.sessionId().toString().replace("-", "");
        return new MeetingRoom(room, Map.of(SERVER, settings.url()));
    }

    @Override
    public String joinUrl(MeetingRoom room, MeetingParticipant participant) {
        if (!isConfigured()) {
            throw new MeetingUnavailableException(Reason.NOT_CONFIGURED, ID, "FAKH_JITSI_URL, FAKH_JITSI_APP_ID, FAKH_JITSI_SECRET");
        }
        String server = room.values().getOrDefault(SERVER, settings.url());
        String domain = URI.create(server).getHost();
        String token = JitsiToken.sign(settings, domain, room.roomId(), participant, clock.instant());
        return server + "/" + URLEncoder.encode(room.roomId(), StandardCharsets.UTF_8) + "?jwt=" + token;
    }

    @Override
    public void end(MeetingRoom room) {
        // a Jitsi room ends when its last participant leaves; Jitsi has no call to close it from outside
    }
}
