package ua.fakh.courses.analytics.internal;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One person's completions in one calendar year, as the aggregate query returns them. */
record PersonYear(UUID userId, UUID organizationId, @Nullable String position, @Nullable Integer experience, int year,
                  int completions, BigDecimal hours, BigDecimal ects, Instant lastCompletedAt) {
}
