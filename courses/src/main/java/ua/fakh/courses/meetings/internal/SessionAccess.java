package ua.fakh.courses.meetings.internal;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A session read together with what one caller is to it: {@code member} of its cohort (not withdrawn)
 * and the caller's name, so the join page costs one query before its insert.
 */
@Introspected
record SessionAccess(UUID id, UUID cohortId, UUID courseId, String title, Instant startsAt, BigDecimal hours, String mode,
                     @Nullable String meetingProvider, @Nullable String meetingRoom, boolean member, @Nullable String userName) {

    Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(60)).longValue()));
    }
}
