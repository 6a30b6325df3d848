package ua.fakh.core.auth.internal;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.config.LoginSettings;
import ua.fakh.core.errors.TooManyRequestsException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Locks an e-mail for one client address after {@code failuresBeforeLock} failed logins from that
 * address: the first lock lasts {@code firstLock}, each further one twice as long, up to
 * {@code longestLock}. A success from the address resets it. Keyed by the typed e-mail, whether or
 * not such a user exists. Someone failing on purpose elsewhere cannot lock a colleague out.
 */
@Singleton
class LoginThrottle {
    /** A row with no failure for this long starts over (its lock doubling included). */
    static final Duration MEMORY = Duration.ofDays(1);

    private final LoginThrottleRepository rows;
    private final LoginSettings settings;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository rows, LoginSettings settings, Clock clock) {
        this.rows = rows;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public void checkNotLocked(String email, String address) {
        rows.findById(new LoginThrottleKey(email, address)).ifPresent(row -> {
            Instant now = clock.instant();
            if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
                throw new TooManyRequestsException("problem.login.tooManyForAccount",
                        Duration.between(now, row.lockedUntil()));
            }
        });
    }

    /** Counts a failure; locks the e-mail for this address when it reaches the limit. */
    @Transactional
    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        rows.ensureRow(email, address, now);
        rows.countFailure(email, address, now);
        LoginThrottleRow row = rows.findById(new LoginThrottleKey(email, address)).orElseThrow();
        if (row.failures() >= settings.failuresBeforeLock()) {
            Duration lock = lockLength(row.locks());
            rows.update(new LoginThrottleRow(row.id(), 0, row.locks() + 1, now.plus(lock), now));
        }
    }

    @Transactional
    public void recordSuccess(String email, String address) {
        rows.deleteById(new LoginThrottleKey(email, address));
    }

    @Scheduled(fixedDelay = "${fakh.limits.purge:10m}", initialDelay = "1m")
    @Transactional
    void purge() {
        Instant now = clock.instant();
        rows.deleteQuiet(now.minus(MEMORY), now);
    }

    Duration lockLength(int earlierLocks) {
        Duration length = settings.firstLock().multipliedBy(1L << Math.min(earlierLocks, 20));
        return length.compareTo(settings.longestLock()) > 0 ? settings.longestLock() : length;
    }
}
