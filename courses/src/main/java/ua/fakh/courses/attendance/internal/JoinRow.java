package ua.fakh.courses.attendance.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One pass through Fakh's join page, as the join log keeps it (read here, written by the meetings package). */
@MappedEntity("meeting_joins")
record JoinRow(@Id UUID id, UUID sessionId, UUID userId, Instant joinedAt, boolean moderator) {
}
