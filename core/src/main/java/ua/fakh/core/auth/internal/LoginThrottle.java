package ua.fakh.core.auth.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.config.LoginSettings;
import ua.fakh.core.errors.TooManyRequestsException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Locks an e-mail after {@code failuresBeforeLock} failed logins: the first lock lasts
 * {@code firstLock}, each further one twice as long, up to {@code longestLock}. A success resets it.
 * Keyed by the typed e-mail, whether or not such a user exists.
 */
@Singleton
class LoginThrottle {
    private final LoginThrottleRepository rows;
    private final LoginSettings settings;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository rows, LoginSettings settings, Clock clock) {
        this.rows = rows;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public void checkNotLocked(String email) {
        rows.findById(email).ifPresent(row -> {
            Instant now = clock.instant();
            if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
                throw new TooManyRequestsException("Too many failed logins for this account; try again later",
                        Duration.between(now, row.lockedUntil()));
            }
        });
    }

    /** Counts a failure; locks the e-mail when it reaches the limit. */
    @Transactional
    public void recordFailure(String email) {
        Instant now = clock.instant();
        rows.ensureRow(email, now);
        rows.countFailure(email, now);
        LoginThrottleRow row = rows.findById(email).orElseThrow();
        if (row.failures() >= settings.failuresBeforeLock()) {
            Duration lock = lockLength(row.locks());
            rows.update(new LoginThrottleRow(email, 0, row.locks() + 1, now.plus(lock), now));
        }
    }

    @Transactional
    public void recordSuccess(String email) {
        rows.deleteById(email);
    }

    Duration lockLength(int earlierLocks) {
        Duration length = settings.firstLock().multipliedBy(1L << Math.min(earlierLocks, 20));
        return length.compareTo(settings.longestLock()) > 0 ? settings.longestLock() : length;
    }
}
