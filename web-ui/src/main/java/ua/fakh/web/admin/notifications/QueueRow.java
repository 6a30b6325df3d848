package ua.fakh.web.admin.notifications;

import ua.fakh.core.notifications.QueuedMessage;

/** One message of the queue as the administrator's page shows it: to whom, by which channel (its name). */
public record QueueRow(QueuedMessage message, String recipientName, String recipientEmail, String channelName) {

    public boolean failed() {
        return message.status() == QueuedMessage.Status.FAILED;
    }
}
