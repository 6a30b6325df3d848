package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("attendance")
record AttendanceRow(@Id UUID id, UUID sessionId, UUID enrollmentId, boolean present, @Nullable UUID markedBy,
                     Instant markedAt) {
}
