package ua.fakh.courses.enrollment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** {@code PUT /api/sessions/{id}/attendance}: who was there and who was not (enrollment ids). */
@Serdeable
public record AttendanceMarks(@Nullable List<UUID> present, @Nullable List<UUID> absent) {
}
