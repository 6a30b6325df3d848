package ua.fakh.courses.attendance.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** An attendance row with what measurement adds: the minutes, where the mark came from, an override's reason. */
@MappedEntity("attendance")
record MarkRow(@Id UUID id, UUID sessionId, UUID enrollmentId, boolean present, @Nullable UUID markedBy, Instant markedAt,
               @Nullable Integer minutes, String source, @Nullable String reason) {
}
