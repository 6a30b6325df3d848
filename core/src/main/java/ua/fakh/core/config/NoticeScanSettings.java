package ua.fakh.core.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.time.LocalTime;

/**
 * When the scheduled messages go out: every node scans each {@code every} (the event keys make
 * each message go once); digests and expiry notices wait for their time of day in Kyiv.
 */
@ConfigurationProperties("fakh.notices")
public record NoticeScanSettings(
        @Bindable(defaultValue = "5m") Duration every,
        @Bindable(defaultValue = "08:00") LocalTime gradingDigestAt,
        @Bindable(defaultValue = "08:00") LocalTime hrDigestAt,
        @Bindable(defaultValue = "09:00") LocalTime expiryAt) {
}
