package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("cohorts")
record CohortRow(@Id UUID id, UUID courseId, String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                 @Nullable Instant dueAt, @Nullable Integer minAttendancePercent, String trainerIds, Instant createdAt) {
}
