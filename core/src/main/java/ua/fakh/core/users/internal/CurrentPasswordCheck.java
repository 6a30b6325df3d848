package ua.fakh.core.users.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.config.ThrottleSettings;
import ua.fakh.core.limits.RateLimit;
import ua.fakh.core.limits.RateLimits;

/**
 * The current password asked before a change: a stolen session must not become a way to guess it,
 * so wrong answers are limited per user (429 once used up; a right answer gives its hit back).
 */
@Singleton
class CurrentPasswordCheck {
    private final PasswordHasher passwords;
    private final RateLimits limits;
    private final RateLimit limit;

    CurrentPasswordCheck(PasswordHasher passwords, RateLimits limits, ThrottleSettings settings) {
        this.passwords = passwords;
        this.limits = limits;
        this.limit = new RateLimit("current-password", settings.currentPasswordFailures(), settings.window(),
                "problem.user.tooManyCurrentPasswords");
    }

    /** Whether {@code given} is the user's password; 429 once too many wrong ones were given. */
    boolean matches(UserRow user, String given) {
        String subject = user.id().toString();
        limits.take(limit, subject);
        if (!passwords.matches(given, user.passwordHash())) {
            return false;
        }
        limits.giveBack(limit, subject);
        return true;
    }
}
