package ua.fakh.core.notifications;

import java.util.UUID;

/**
 * A {@link NotificationChannel} people opt into from their profile ({@code notify_telegram},
 * {@code notify_viber}): the person asks for a one-time deep link, opens it in the messenger, and the
 * bot links the chat to the person; until then the channel does not reach them. Implementations keep
 * their links with {@link MessengerAccounts}. Thread-safe; linking and unlinking are idempotent.
 */
public interface Messenger extends NotificationChannel {

    /** Whether the installation set this messenger up (its bot token): if not, the profile does not offer it. */
    boolean isConfigured();

    /** A new one-time deep link for this person; earlier unused ones stop working. */
    MessengerLink startLinking(UUID userId);

    boolean isLinked(UUID userId);

    /** Forgets the person's chat; true when there was one. */
    boolean unlink(UUID userId);
}
