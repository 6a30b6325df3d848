package ua.fakh.courses.plugins.meeting_link;

import jakarta.inject.Singleton;
import ua.fakh.core.plugins.PluginDescriptor;
import ua.fakh.courses.spi.MeetingParticipant;
import ua.fakh.courses.spi.MeetingProvider;
import ua.fakh.courses.spi.MeetingRejectedException;
import ua.fakh.courses.spi.MeetingRequest;
import ua.fakh.courses.spi.MeetingRoom;

import java.util.Map;

/**
 * Any meeting address the trainer has (Zoom, Meet, Teams): Fakh creates nothing, everyone is sent to
 * the same address, and attendance comes from Fakh's join log, check-in codes and the host's
 * confirmation (the provider reports nothing here).
 */
@Singleton
public class LinkMeeting implements MeetingProvider {
    static final String ID = "meeting_link";
    static final String URL = "url";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "1.0.0");
    }

    @Override
    public boolean isConfigured() {
        return true;
    }

    @Override
    public boolean takesTrainerUrl() {
        return true;
    }

    @Override
    public MeetingRoom open(MeetingRequest request) {
        if (request.trainerUrl() == null || request.trainerUrl().isBlank()) {
            throw new MeetingRejectedException(ID + ".problem.urlRequired");
        }
        return new MeetingRoom(request.sessionId().toString(), Map.of(URL, request.trainerUrl().strip()));
    }

    /** The trainer's address as given: such meetings cannot be told who is coming. */
    @Override
    public String joinUrl(MeetingRoom room, MeetingParticipant participant) {
        return room.values().get(URL);
    }

    @Override
    public void end(MeetingRoom room) {
        // the meeting belongs to the trainer's own service: nothing to end from here
    }
}
