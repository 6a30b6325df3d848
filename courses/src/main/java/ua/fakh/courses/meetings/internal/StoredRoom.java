package ua.fakh.courses.meetings.internal;

import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.courses.spi.MeetingRoom;

import java.util.Map;

/** {@link MeetingRoom} as kept in {@code cohort_sessions.meeting_room}: the same two fields, as JSON. */
@Serdeable
record StoredRoom(String roomId, Map<String, String> values) {

    static StoredRoom of(MeetingRoom room) {
        return new StoredRoom(room.roomId(), room.values());
    }

    MeetingRoom room() {
        return new MeetingRoom(roomId, values == null ? Map.of() : values);
    }
}
