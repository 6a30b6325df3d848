package ua.fakh.courses.meetings.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One pass through the join page. */
@MappedEntity("meeting_joins")
record JoinRow(@Id UUID id, UUID sessionId, UUID userId, Instant joinedAt, boolean moderator) {
}
