package ua.fakh.core.testing;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import ua.fakh.core.notifications.DeliveryResult;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NotificationChannel;
import ua.fakh.core.notifications.Notifications;
import ua.fakh.core.notifications.OutgoingMessage;
import ua.fakh.core.notifications.Recipient;
import ua.fakh.core.plugins.PluginDescriptor;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mailbox channel for tests of account messages ({@code @Property(name = "fakh.test.mailbox", value = "true")}):
 * reaches everyone, carries account messages, keeps what the engine sends through it. Reading it first
 * sends whatever the queue holds, so a test sees the messages its requests queued.
 */
@Singleton
@Requires(property = "fakh.test.mailbox", value = "true")
public class TestMailbox implements NotificationChannel {
    private final List<OutgoingMessage> received = new CopyOnWriteArrayList<>();
    private final BeanProvider<Notifications> notifications;

    TestMailbox(BeanProvider<Notifications> notifications) {
        this.notifications = notifications;
    }

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("notify_testmailbox", "1.0.0");
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

    /** The messages of this kind sent to the person so far, oldest first (after sending what is due). */
    public List<OutgoingMessage> to(UUID recipientId, NoticeKind kind) {
        notifications.get().deliverDue();
        return received.stream().filter(m -> m.recipient().userId().equals(recipientId) && m.kind() == kind).toList();
    }

    /** The page a message's link opens, without the installation's address: {@code /password/set/…}. */
    public static String path(OutgoingMessage message) {
        return URI.create(message.link()).getRawPath();
    }

    /** The token at the end of a message's link. */
    public static String token(OutgoingMessage message) {
        String path = path(message);
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
