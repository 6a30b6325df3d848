package ua.fakh.core.notifications;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * What a channel says after trying to send: sent; try again later (a server down, 429 with its
 * Retry-After); or failed for good (an address refused, a person who blocked the bot), with the
 * reason administrators read.
 */
public record DeliveryResult(Outcome outcome, @Nullable Duration retryAfter, @Nullable String reason) {

    public enum Outcome { SENT, RETRY, FAILED }

    public static DeliveryResult sent() {
        return new DeliveryResult(Outcome.SENT, null, null);
    }

    /** {@code after} null: the queue's own growing pause. */
    public static DeliveryResult retryLater(@Nullable Duration after, String reason) {
        return new DeliveryResult(Outcome.RETRY, after, reason);
    }

    public static DeliveryResult failed(String reason) {
        return new DeliveryResult(Outcome.FAILED, null, reason);
    }
}
