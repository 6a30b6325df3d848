package ua.fakh.core.notifications;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A one-time deep link that opens the bot and links the chat to the person who asked for it, until
 * {@code expiresAt}; {@code channel} is the messenger's plugin id.
 */
@Serdeable
public record MessengerLink(String channel, String url, Instant expiresAt) {
}
