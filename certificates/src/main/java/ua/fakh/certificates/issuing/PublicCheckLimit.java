package ua.fakh.certificates.issuing;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import ua.fakh.core.limits.RateLimit;
import ua.fakh.core.limits.RateLimits;

import java.time.Duration;

/**
 * The one limit on checks anyone can run without an account ({@code FAKH_PUBLIC_RATE_LIMIT} a
 * minute per client address, {@code 0} = off): the public API and the {@code /verify} pages with
 * their PDF upload draw from the same counter, on every node.
 */
@Singleton
public class PublicCheckLimit {
    private final RateLimits limits;
    private final RateLimit limit;

    PublicCheckLimit(RateLimits limits, @Value("${fakh.public-rate-limit:120}") int perMinute) {
        this.limits = limits;
        this.limit = new RateLimit("public-check", perMinute, Duration.ofMinutes(1),
                "Too many checks from your address; wait a little");
    }

    /**
     * Counts {@code checks} checks (a batch counts one per code) for the client address.
     *
     * @throws ua.fakh.core.errors.TooManyRequestsException once the address has used up its minute
     */
    public void take(String address, int checks) {
        limits.take(limit, address, checks);
    }
}
