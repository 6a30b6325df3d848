package ua.fakh.core.notifications.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.common.PageView;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.notifications.NotificationQueue;
import ua.fakh.core.notifications.QueuedMessage;

import java.util.UUID;

/** {@code /api/admin/notifications}: the message queue, for administrators. */
@ApiProblems.SignedIn
@Controller("/api/admin/notifications")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationQueueController {
    private final NotificationQueue queue;

    NotificationQueueController(NotificationQueue queue) {
        this.queue = queue;
    }

    @Operation(summary = "The notification delivery queue.")
    @Get
    PageView<QueuedMessage> list(@Schema(type = "string") @Nullable @QueryValue QueuedMessage.Status status, @Nullable @QueryValue Integer page,
                                 @Nullable @QueryValue Integer size) {
        return queue.list(status, page, size);
    }

    @Operation(summary = "Retries delivering a failed notification.")
    @ApiResponse(responseCode = "204", description = "Done.")
    @Post("/{id}/retry")
    HttpResponse<Void> retry(UUID id) {
        queue.retry(id);
        return HttpResponse.noContent();
    }
}
