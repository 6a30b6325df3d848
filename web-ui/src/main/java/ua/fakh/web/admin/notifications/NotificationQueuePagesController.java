package ua.fakh.web.admin.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.common.PageView;
import ua.fakh.core.common.Paging;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.notifications.NotificationQueue;
import ua.fakh.core.notifications.QueuedMessage;
import ua.fakh.core.plugins.InstalledPlugins;
import ua.fakh.core.plugins.PluginStrings;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Pager;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code /admin/notifications}: what Fakh sent, is sending and could not send (with the reason), and "try again". */
@Hidden
@Controller("/admin/notifications")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationQueuePagesController {
    private static final Set<String> NOTICES = Set.of("requeued", "gone");

    private final NotificationQueue queue;
    private final Users users;
    private final InstalledPlugins plugins;

    NotificationQueuePagesController(NotificationQueue queue, Users users, InstalledPlugins plugins) {
        this.queue = queue;
        this.users = users;
        this.plugins = plugins;
    }

    @Get
    HttpResponse<?> page(PageContext ctx, @Nullable @QueryValue String status, @Nullable @QueryValue Integer page,
                         @Nullable @QueryValue String notice) {
        QueuedMessage.Status shown = Arrays.stream(QueuedMessage.Status.values())
                .filter(s -> s.name().equals(status)).findFirst().orElse(null);
        PageView<QueuedMessage> messages = queue.list(shown, Paging.pageOrFirst(page), Paging.DEFAULT_SIZE);
        Map<UUID, UserView> people = users.findAll(messages.content().stream().map(QueuedMessage::recipientId)
                .collect(Collectors.toSet()));
        PageView<QueueRow> rows = messages.map(message -> {
            UserView person = people.get(message.recipientId());
            return new QueueRow(message, person == null ? "—" : person.fullName(), person == null ? "" : person.email(),
                    plugins.find(message.channel()).map(p -> PluginStrings.name(p, ctx.locale())).orElse(message.channel()));
        });
        return HttpResponse.ok(Views.view("admin/notifications", ctx, new QueueModel(rows, shown,
                Pager.of(rows, number -> QueueModel.link(shown, number)), notice != null && NOTICES.contains(notice) ? notice : null)));
    }

    @Post("/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retry(String id) {
        String notice;
        try {
            queue.retry(UUID.fromString(id));
            notice = "requeued";
        } catch (IllegalArgumentException | NotFoundException gone) {
            notice = "gone";
        }
        return HttpResponse.seeOther(URI.create("/admin/notifications?status=FAILED&notice=" + notice));
    }
}
