package ua.fakh.core.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** Brute-force protection: after {@code failuresBeforeLock} failures an account locks, doubling each time. */
@ConfigurationProperties("fakh.login")
public record LoginSettings(
        @Bindable(defaultValue = "5") int failuresBeforeLock,
        @Bindable(defaultValue = "30s") Duration firstLock,
        @Bindable(defaultValue = "1h") Duration longestLock) {
}
