package ua.fakh.core.limits;

import java.time.Duration;

/**
 * One kind of limit: at most {@code max} hits per subject (an address, a user id) in a window of
 * {@code window} that starts with the subject's first hit. {@code max <= 0} switches it off.
 * {@code refusal} is the problem detail a refused client reads.
 */
public record RateLimit(String name, int max, Duration window, String refusal) {

    public boolean isOff() {
        return max <= 0;
    }
}
