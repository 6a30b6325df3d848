package ua.fakh.core.notifications;

import ua.fakh.core.plugins.Plugin;

/**
 * A way to reach people ({@code notify_email}, {@code notify_telegram}, {@code notify_viber}). The
 * queue calls {@link #send} once per message attempt, from one node at a time, inside the transaction
 * that claims the message: a channel's own database writes (a kept mail, a dropped link) commit with
 * the "sent" mark. A channel never throws for a refusal it understands but answers with a {@link DeliveryResult}.
 */
public interface NotificationChannel extends Plugin {

    /** Whether this person can be reached here now: e-mail always, a messenger once the person linked it. */
    boolean reaches(Recipient recipient);

    DeliveryResult send(OutgoingMessage message);

    /**
     * Whether invitations, reset links and "password changed" go this way: they are how a person gets
     * back into the account, so only the channel bound to the account's own address (e-mail) says yes.
     */
    default boolean carriesAccountMessages() {
        return false;
    }
}
