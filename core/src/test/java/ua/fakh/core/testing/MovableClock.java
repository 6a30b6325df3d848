package ua.fakh.core.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's one clock, moved by the test ({@code @Property(name = "fakh.test.movable-clock", value = "true")}):
 * the real time until a test sets it ({@link #at}, {@link #setKyiv}) or moves it on ({@link #advance}),
 * so "a week later" or "Monday 08:00 in Kyiv" takes no waiting.
 */
@Singleton
@Replaces(Clock.class)
@Requires(property = "fakh.test.movable-clock", value = "true")
public class MovableClock extends Clock {
    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock on by {@code by} from wherever it stands. */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** From now on the clock says {@code instant}. */
    public void at(Instant instant) {
        fixed = instant;
        offset = Duration.ZERO;
    }

    /** From now on the clock says {@code time} of {@code day} in Kyiv. */
    public void setKyiv(LocalDate day, LocalTime time) {
        at(day.atTime(time).atZone(KyivTime.ZONE).toInstant());
    }

    /** Back to the real time. */
    public void reset() {
        fixed = null;
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return (now == null ? Instant.now() : now).plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
