package ua.fakh.courses.meetings.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("meeting_companions")
record CompanionRow(@Id UUID id, UUID sessionId, UUID hostUserId, UUID userId, UUID confirmedBy, Instant confirmedAt) {
}
