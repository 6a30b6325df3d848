package ua.fakh.courses.meetings.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** A session's meeting as stored when its room was opened: the provider's id and the room as JSON. Read here, written elsewhere. */
@MappedEntity("cohort_sessions")
record SessionMeetingRow(@Id UUID id, @Nullable String meetingProvider, @Nullable String meetingRoom) {
}
