package ua.fakh.courses.meetings;

import io.micronaut.core.annotation.Nullable;

/**
 * What to store with a session: the chosen provider, the trainer's meeting address (for providers that
 * take one) and the provider's room as JSON ({@code {"roomId", "values"}}, the shape of
 * {@link ua.fakh.courses.spi.MeetingRoom}); all {@code null} for an in-person session.
 */
public record OpenedRoom(@Nullable String provider, @Nullable String trainerUrl, @Nullable String roomJson) {

    public static final OpenedRoom NONE = new OpenedRoom(null, null, null);
}
