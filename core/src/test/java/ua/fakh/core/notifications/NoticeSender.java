package ua.fakh.core.notifications;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Sends notices in a transaction of their own, as a service or an outbox listener would. */
@Singleton
@Requires(property = "fakh.test.recording-channels", value = "true")
class NoticeSender {
    private final Notifications notifications;

    NoticeSender(Notifications notifications) {
        this.notifications = notifications;
    }

    @Transactional
    void send(Notice... notices) {
        for (Notice notice : notices) {
            notifications.send(notice);
        }
    }
}
