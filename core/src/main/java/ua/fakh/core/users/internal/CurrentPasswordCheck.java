package ua.fakh.core.users.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.config.ThrottleSettings;
import ua.fakh.core.errors.ValidationException;
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
                "Too many wrong current passwords; try again later");
    }

    void require(UserRow user, String given) {
        String subject = user.id().toString();
        limits.take(limit, subject);
        if (!passwords.matches(given, user.passwordHash())) {
            throw ValidationException.of("currentPassword", "is not your current password");
        }
        limits.giveBack(limit, subject);
    }
}
