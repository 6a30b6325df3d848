package ua.fakh.courses.meetings.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("meeting_checkins")
record CheckinRow(@Id UUID id, UUID codeId, UUID sessionId, UUID userId, Instant checkedAt) {
}
