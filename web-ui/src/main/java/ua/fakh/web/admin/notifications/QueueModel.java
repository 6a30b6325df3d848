package ua.fakh.web.admin.notifications;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;
import ua.fakh.core.notifications.QueuedMessage;
import ua.fakh.web.page.Pager;

import java.util.List;

/** {@code /admin/notifications}: a page of the queue, the status shown (null for all), and a notice after a retry. */
public record QueueModel(PageView<QueueRow> results, @Nullable QueuedMessage.Status status, Pager pager,
                         @Nullable String notice) {

    public List<QueuedMessage.Status> statuses() {
        return List.of(QueuedMessage.Status.values());
    }

    /** The filter's link for a status (null: all). */
    public static String link(@Nullable QueuedMessage.Status status, int page) {
        return "/admin/notifications?" + (status == null ? "" : "status=" + status.name() + "&") + "page=" + page;
    }
}
