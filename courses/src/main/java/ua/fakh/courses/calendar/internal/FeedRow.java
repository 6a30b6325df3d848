package ua.fakh.courses.calendar.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A feed's secret address, by the hash of its token; {@code courseId} null: the person's own feed. */
@MappedEntity("calendar_feeds")
record FeedRow(@Id UUID id, String tokenHash, UUID userId, @Nullable UUID courseId, Instant createdAt,
               @Nullable Instant revokedAt) {
}
