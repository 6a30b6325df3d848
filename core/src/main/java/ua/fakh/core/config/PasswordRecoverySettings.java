package ua.fakh.core.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * "Forgot password?" requests per {@code window}: per e-mail typed (so nobody floods a person's
 * mailbox) and per client address (so nobody probes many addresses). Counted on every node; {@code 0}
 * switches one off.
 */
@ConfigurationProperties("fakh.password-recovery")
public record PasswordRecoverySettings(
        @Bindable(defaultValue = "5") int perEmail,
        @Bindable(defaultValue = "20") int perAddress,
        @Bindable(defaultValue = "1h") Duration window) {
}
