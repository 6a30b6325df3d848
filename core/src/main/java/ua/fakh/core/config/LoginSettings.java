package ua.fakh.core.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Brute-force protection. After {@code failuresBeforeLock} failures from one address an account is
 * locked for that address only, doubling each time ({@code firstLock} up to {@code longestLock}).
 * Each address may fail {@code failuresPerAddress} logins per {@code addressWindow}, whatever the
 * e-mails ({@code 0} switches that off), so one address cannot keep the Argon2id hashing busy.
 */
@ConfigurationProperties("fakh.login")
public record LoginSettings(
        @Bindable(defaultValue = "5") int failuresBeforeLock,
        @Bindable(defaultValue = "30s") Duration firstLock,
        @Bindable(defaultValue = "1h") Duration longestLock,
        @Bindable(defaultValue = "20") int failuresPerAddress,
        @Bindable(defaultValue = "10m") Duration addressWindow) {
}
