package ua.fakh.core.limits.internal;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.errors.TooManyRequestsException;
import ua.fakh.core.limits.RateLimit;
import ua.fakh.core.limits.RateLimits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Fixed windows that start at a subject's first hit, one row per limit and subject. A refused hit
 * leaves no trace (its transaction rolls back with the 429), so a counter never exceeds its limit
 * and hammering neither lengthens nor reopens the window.
 */
@Singleton
class DatabaseRateLimits implements RateLimits {
    /** Keys stay within the column however long a subject is (an e-mail typed by anyone). */
    private static final int MAX_SUBJECT = 320;

    private final RateLimitCounterRepository counters;
    private final Clock clock;

    DatabaseRateLimits(RateLimitCounterRepository counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void take(RateLimit limit, String subject, int weight) {
        if (limit.isOff()) {
            return;
        }
        String key = key(limit, subject);
        Instant now = now();
        Instant newWindowEnd = now.plus(limit.window());
        if (counters.hit(key, weight, now, newWindowEnd) == 0) {
            counters.ensureCounter(key, now);
            counters.hit(key, weight, now, newWindowEnd);
        }
        RateLimitCounterRow counter = counters.findById(key).orElseThrow();
        if (counter.hits() > limit.max()) {
            throw new TooManyRequestsException(limit.refusal(), Duration.between(now, counter.windowEndsAt()));
        }
    }

    @Override
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void giveBack(RateLimit limit, String subject) {
        if (!limit.isOff()) {
            String key = key(limit, subject);
            counters.giveBack(key, now());
            counters.deleteIfEmpty(key);
        }
    }

    /** Whole milliseconds: the database keeps microseconds and would round a nanosecond instant, up or down. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String key(RateLimit limit, String subject) {
        String bounded = subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject;
        return limit.name() + ":" + bounded;
    }
}
