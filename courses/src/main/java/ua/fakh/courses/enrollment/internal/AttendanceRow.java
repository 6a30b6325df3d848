package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("attendance")
record AttendanceRow(@Id UUID id, UUID sessionId, UUID enrollmentId, boolean present, @Nullable UUID markedBy,
                     Instant markedAt, @Nullable Integer minutes, String source, @Nullable String reason) {

    /** A trainer's tick: the measured minutes stay for the report, an override's reason goes. */
    static AttendanceRow marked(@Nullable AttendanceRow before, UUID id, UUID sessionId, UUID enrollmentId, boolean present,
                                UUID by, Instant at) {
        return new AttendanceRow(id, sessionId, enrollmentId, present, by, at, before == null ? null : before.minutes(), "MARKED", null);
    }
}
