package ua.fakh.courses.enrollment.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("cohort_sessions")
record SessionRow(@Id UUID id, UUID cohortId, String title, Instant startsAt, BigDecimal hours, @Nullable String place,
                  String mode, @Nullable String meetingProvider, @Nullable String meetingTrainerUrl, @Nullable String meetingRoom) {
}
