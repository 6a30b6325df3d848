package ua.fakh.courses.meetings;

import java.util.List;
import java.util.Locale;

/** Meetings for sessions being created: which plugins may be chosen, and opening the room. */
public interface MeetingRooms {

    /** The enabled, configured meeting plugins, by id. */
    List<MeetingChoice> choices(Locale locale);

    /**
     * Checks the trainer's choice (every refused field at once: 400 naming {@code meetingProvider},
     * {@code meetingUrl}) and opens the room with the provider. A provider refusing the address answers
     * 422, one that cannot be reached 502; either way nothing is stored, since the caller stores the
     * result in its own transaction. Idempotent per session id. {@link OpenedRoom#NONE} when in person.
     */
    OpenedRoom open(RoomRequest request);
}
