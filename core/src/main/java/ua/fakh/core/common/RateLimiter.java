package ua.fakh.core.common;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-key token bucket: {@code perMinute} requests a minute with bursts up to the same number,
 * refilled continuously. Per node and in memory (a public check behind N nodes allows N times the
 * rate, which is the point of having N nodes). {@code perMinute <= 0} turns it off.
 */
public final class RateLimiter {
    private static final int MAX_KEYS = 100_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one token for {@code key}; empty when allowed, else how long until the next token. */
    public java.util.Optional<Duration> acquire(String key) {
        if (perMinute <= 0) {
            return java.util.Optional.empty();
        }
        if (buckets.size() > MAX_KEYS) {
            buckets.clear();
        }
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            double perMilli = perMinute / 60_000.0;
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updatedAt) * perMilli);
            bucket.updatedAt = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(Duration.ofMillis((long) Math.ceil((1 - bucket.tokens) / perMilli)));
        }
    }

    private static final class Bucket {
        double tokens;
        long updatedAt;

        Bucket(double tokens, long updatedAt) {
            this.tokens = tokens;
            this.updatedAt = updatedAt;
        }
    }
}
