package ua.fakh.core.notifications;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;

import java.util.UUID;

/** The queue of messages as administrators look after it: what is waiting, what was sent, what failed and why. */
public interface NotificationQueue {

    /** Newest first; {@code status} null for all. */
    PageView<QueuedMessage> list(@Nullable QueuedMessage.Status status, @Nullable Integer page, @Nullable Integer size);

    /**
     * Puts a failed message back in the queue, due now (the reason was fixed: an address corrected, a
     * server back). @throws ua.fakh.core.errors.NotFoundException when no failed message has this id
     */
    void retry(UUID id);
}
