package ua.fakh.core.notifications.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.common.PageView;
import ua.fakh.core.common.Paging;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.notifications.NotificationQueue;
import ua.fakh.core.notifications.QueuedMessage;

import java.time.Clock;
import java.util.UUID;

@Singleton
class DatabaseNotificationQueue implements NotificationQueue {
    private final NotificationRepository rows;
    private final Clock clock;

    DatabaseNotificationQueue(NotificationRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PageView<QueuedMessage> list(@Nullable QueuedMessage.Status status, @Nullable Integer page, @Nullable Integer size) {
        Pageable pageable = Paging.of(page, size);
        String wanted = status == null ? null : status.name();
        return new PageView<>(rows.listNewestFirst(wanted, pageable.getSize(), pageable.getOffset()).stream()
                .map(DatabaseNotificationQueue::view).toList(), pageable.getNumber(), pageable.getSize(), rows.countWithStatus(wanted));
    }

    @Override
    @Transactional
    public void retry(UUID id) {
        if (rows.requeue(id, clock.instant()) == 0) {
            throw new NotFoundException("problem.notifications.noFailedMessage");
        }
    }

    private static QueuedMessage view(NotificationRow row) {
        return new QueuedMessage(row.id(), row.eventKey(), row.recipientId(), row.channel(), NoticeKind.valueOf(row.kind()),
                row.subject(), QueuedMessage.Status.valueOf(row.status()), row.attempts(), row.nextAttemptAt(), row.lastError(),
                row.createdAt(), row.sentAt());
    }
}
