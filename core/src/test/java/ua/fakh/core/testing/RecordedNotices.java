package ua.fakh.core.testing;

import jakarta.inject.Singleton;
import ua.fakh.core.notifications.Notice;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.Notifications;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the notification engine until it is on main: keeps every notice sent, so tests can
 * follow the links in them. (Replaced by the engine and GreenMail once they land.)
 */
@Singleton
public class RecordedNotices implements Notifications {
    private final List<Notice> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Notice notice) {
        sent.add(notice);
    }

    @Override
    public int deliverDue() {
        return 0;
    }

    public List<Notice> to(UUID recipientId, NoticeKind kind) {
        return sent.stream().filter(n -> n.recipientId().equals(recipientId) && n.kind() == kind).toList();
    }
}
