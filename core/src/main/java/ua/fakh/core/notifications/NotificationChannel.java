package ua.fakh.core.notifications;

import ua.fakh.core.plugins.Plugin;

/**
 * A way to reach people ({@code notify_email}, {@code notify_telegram}, {@code notify_viber}). The
 * queue calls {@link #send} once per message, outside any transaction, from one node at a time; a
 * channel never throws for a refusal it understands but answers with a {@link DeliveryResult}.
 */
public interface NotificationChannel extends Plugin {

    /** Whether this person can be reached here now: e-mail always, a messenger once the person linked it. */
    boolean reaches(Recipient recipient);

    DeliveryResult send(OutgoingMessage message);
}
