package ua.fakh.courses.spi;

import java.util.Map;

/** What a provider needs to find its room again: an id and a few provider-specific values, stored as given. */
public record MeetingRoom(String roomId, Map<String, String> values) {

    public MeetingRoom {
        values = Map.copyOf(values);
    }
}
