package ua.fakh.core.plugins.notify_email;

import ua.fakh.core.notifications.DeliveryResult;
import ua.fakh.core.notifications.OutgoingMessage;

/** Where the e-mail channel puts a message: an SMTP server, or the database when there is none. */
interface MailDelivery {

    /** Never throws: every outcome, failures included, is a {@link DeliveryResult}. */
    DeliveryResult deliver(OutgoingMessage message);
}
