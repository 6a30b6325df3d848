package ua.fakh.web.calendar;

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

/** A channel that reaches everyone and keeps what it is sent: the reminders' tests read it as a mailbox. */
@Singleton
@Requires(property = "fakh.test.calendar-inbox", value = "true")
public class CalendarInbox implements NotificationChannel {
    private final List<OutgoingMessage> received = new CopyOnWriteArrayList<>();

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of("notify_calendarinbox", "1.0.0");
    }

    @Override
    public boolean reaches(Recipient recipient) {
        return true;
    }

    @Override
    public DeliveryResult send(OutgoingMessage message) {
        received.add(message);
        return DeliveryResult.sent();
    }

    public List<OutgoingMessage> of(UUID userId, NoticeKind kind) {
        return received.stream().filter(m -> m.recipient().userId().equals(userId) && m.kind() == kind).toList();
    }
}
