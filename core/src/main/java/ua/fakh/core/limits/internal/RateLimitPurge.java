package ua.fakh.core.limits.internal;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Deletes counters whose window has ended (any node may run it; deleting twice is harmless). */
@Singleton
class RateLimitPurge {
    private final RateLimitCounterRepository counters;
    private final Clock clock;

    RateLimitPurge(RateLimitCounterRepository counters, Clock clock) {
        this.counters = counters;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${fakh.limits.purge:10m}", initialDelay = "1m")
    @Transactional
    void purge() {
        counters.deleteEndedBefore(clock.instant());
    }
}
