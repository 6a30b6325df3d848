package ua.fakh.web.notices;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The one clock, replaced: it tells the real time until a test moves it (only ever forwards). */
@Singleton
@Replaces(Clock.class)
@Requires(property = "fakh.test.movable-clock", value = "true")
class MovableClock extends Clock {
    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    /** From now on the clock says {@code time} of {@code day} in Kyiv. */
    void setKyiv(LocalDate day, LocalTime time) {
        fixed.set(day.atTime(time).atZone(KyivTime.ZONE).toInstant());
    }

    void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant moved = fixed.get();
        return moved == null ? Instant.now() : moved;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The application's clock is in UTC");
    }
}
