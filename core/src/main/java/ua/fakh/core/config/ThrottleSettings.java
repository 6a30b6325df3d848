package ua.fakh.core.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Guesses a signed-in person may get wrong per {@code window}: course enrollment keys and the current
 * password asked before a password change. Counted per user on every node; {@code 0} switches one off.
 */
@ConfigurationProperties("fakh.throttle")
public record ThrottleSettings(
        @Bindable(defaultValue = "10") int enrollmentKeyFailures,
        @Bindable(defaultValue = "5") int currentPasswordFailures,
        @Bindable(defaultValue = "15m") Duration window) {
}
