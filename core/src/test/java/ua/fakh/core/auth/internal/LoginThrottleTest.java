package ua.fakh.core.auth.internal;

import org.junit.jupiter.api.Test;
import ua.fakh.core.config.LoginSettings;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {
    @Test
    void locksGrowTwiceAsLongUpToTheLongest() {
        LoginThrottle throttle = new LoginThrottle(null, new LoginSettings(5, Duration.ofSeconds(30), Duration.ofHours(1), 20, Duration.ofMinutes(10)),
                Clock.systemUTC());
        assertThat(throttle.lockLength(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.lockLength(1)).isEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.lockLength(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(throttle.lockLength(7)).isEqualTo(Duration.ofHours(1));
        assertThat(throttle.lockLength(500)).isEqualTo(Duration.ofHours(1));
    }
}
