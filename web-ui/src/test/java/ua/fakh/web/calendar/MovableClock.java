package ua.fakh.web.calendar;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The application's one clock, moved by a test ({@link #at}); the real time until then and after {@link #reset}. */
@Singleton
@Replaces(Clock.class)
@Requires(property = "fakh.test.movable-clock", value = "true")
public class MovableClock extends Clock {
    private volatile Instant fixed;

    public void at(Instant instant) {
        fixed = instant;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
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
