package ua.fakh.courses.meetings.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One join-to-leave of one participant in a provider's report; {@code userId} null for someone Fakh did not send. */
@MappedEntity("meeting_stretches")
record MeetingStretchRow(@Id UUID id, UUID reportId, UUID sessionId, @Nullable UUID userId, String externalId, String name,
                         Instant joinedAt, Instant leftAt) {
}
