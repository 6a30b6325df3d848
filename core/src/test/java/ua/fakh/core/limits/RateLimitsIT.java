package ua.fakh.core.limits;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.errors.TooManyRequestsException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The database counters themselves: exact under parallel hits, windows that end, hits given back. */
@MicronautTest(transactional = false)
class RateLimitsIT {
    @Inject
    RateLimits limits;

    @Test
    void parallelHitsAreCountedExactlySoNoMoreThanTheLimitGetThrough() throws Exception {
        RateLimit limit = new RateLimit("test-parallel", 10, Duration.ofMinutes(5), "slow down");
        String subject = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> hits = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                hits.add(() -> {
                    try {
                        limits.take(limit, subject);
                        return true;
                    } catch (TooManyRequestsException refused) {
                        return false;
                    }
                });
            }
            long allowed = 0;
            for (Future<Boolean> hit : pool.invokeAll(hits)) {
                allowed += hit.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(10);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRefusalSaysHowLongUntilTheWindowEndsAndANewWindowStartsAfresh() throws InterruptedException {
        RateLimit limit = new RateLimit("test-window", 2, Duration.ofSeconds(2), "slow down");
        String subject = UUID.randomUUID().toString();
        limits.take(limit, subject);
        limits.take(limit, subject);
        assertThatThrownBy(() -> limits.take(limit, subject)).isInstanceOfSatisfying(TooManyRequestsException.class,
                refused -> assertThat(refused.retryAfterSeconds()).isBetween(1L, 2L)).hasMessage("slow down");

        Thread.sleep(2_100);
        limits.take(limit, subject);
        limits.take(limit, subject);
        assertThatThrownBy(() -> limits.take(limit, subject)).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void aHitGivenBackMakesRoomAndABatchCountsAsMany() {
        RateLimit limit = new RateLimit("test-give-back", 3, Duration.ofMinutes(5), "slow down");
        String subject = UUID.randomUUID().toString();
        limits.take(limit, subject, 2);
        limits.take(limit, subject);
        limits.giveBack(limit, subject);
        limits.take(limit, subject);
        assertThatThrownBy(() -> limits.take(limit, subject)).isInstanceOf(TooManyRequestsException.class);
        assertThatThrownBy(() -> limits.take(limit, UUID.randomUUID().toString(), 4)).isInstanceOf(TooManyRequestsException.class);
    }

    @Test
    void aLimitOfZeroIsOff() {
        RateLimit off = new RateLimit("test-off", 0, Duration.ofMinutes(1), "never");
        for (int i = 0; i < 5; i++) {
            limits.take(off, "anyone");
        }
    }
}
