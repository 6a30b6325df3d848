package ua.fakh.web.notices;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import ua.fakh.core.notifications.DeliveryResult;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NotificationChannel;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.notifications.Recipient;
import ua.fakh.core.plugins.PluginDescriptor;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A channel that reaches everyone and keeps every message it is given: the mailbox of these tests
 * until the e-mail plugin (and its kept mail at {@code /api/admin/mail}) is on main. Sending is real:
 * the engine queues, renders and hands over exactly as it would to e-mail.
 */
@Singleton
@Requires(property = "fakh.test.notice-inbox", value = "true")
class NoticeInbox implements NotificationChannel {
    private final List<OutgoingMessage> received = new CopyOnWriteArrayList<>();

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("notify_testinbox", "1.0.0");
    }

    @Override
    public boolean reaches(Recipient recipient) {
        return true;
    }

    @Override
    public boolean carriesAccountMessages() {
        return true;
    }

    @Override
    public DeliveryResult send(OutgoingMessage message) {
        received.add(message);
        return DeliveryResult.sent();
    }

    List<OutgoingMessage> of(UUID userId, NoticeKind kind) {
        return received.stream().filter(m -> m.recipient().userId().equals(userId) && m.kind() == kind).toList();
    }
}
