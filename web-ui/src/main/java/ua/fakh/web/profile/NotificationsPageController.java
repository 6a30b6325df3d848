package ua.fakh.web.profile;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.notifications.MessengerLink;
import ua.fakh.core.notifications.Messengers;
import ua.fakh.core.notifications.NotificationChoices;
import ua.fakh.core.security.Caller;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /profile/notifications}: one's own messengers (link with a one-time deep link, unlink) and
 * which channels carry which kind of message. Every page acts on the signed-in person only.
 */
@Hidden
@Controller("/profile/notifications")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationsPageController {
    private static final Set<String> SAVED = Set.of("choices", "unlinked");

    private final Messengers messengers;
    private final NotificationChoices choices;

    NotificationsPageController(Messengers messengers, NotificationChoices choices) {
        this.messengers = messengers;
        this.choices = choices;
    }

    @Get
    HttpResponse<?> show(PageContext page, Caller caller, @Nullable @QueryValue String saved) {
        return HttpResponse.ok(page(page, caller, null, saved != null && SAVED.contains(saved) ? saved : null, null));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> choose(@Body NotificationsForm form, PageContext page, Caller caller) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        NotificationChoices.choosable().forEach(kind -> chosen.put(kind.name(), new ArrayList<>()));
        for (String cell : form.c() == null ? List.<String>of() : form.c()) {
            int colon = cell.indexOf(':');
            if (colon > 0) {
                chosen.computeIfAbsent(cell.substring(0, colon), kind -> new ArrayList<>()).add(cell.substring(colon + 1));
            } else if (!cell.isBlank()) {
                chosen.computeIfAbsent(cell, kind -> new ArrayList<>());
            }
        }
        try {
            choices.choose(caller, chosen);
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            String error = String.join(" ", FormErrors.of(refused, page).values());
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(page(page, caller, null, null, error));
        }
        return HttpResponse.seeOther(URI.create("/profile/notifications?saved=choices"));
    }

    /** Shows the page with a fresh one-time link; not a redirect, so the token never sits in a URL or a log. */
    @Post("/{channel}/link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> link(@PathVariable String channel, PageContext page, Caller caller) {
        MessengerLink link = messengers.startLinking(caller, channel);
        return HttpResponse.ok(page(page, caller, link, null, null)).header("Cache-Control", "no-store");
    }

    @Post("/{channel}/unlink")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> unlink(@PathVariable String channel, Caller caller) {
        messengers.unlink(caller, channel);
        return HttpResponse.seeOther(URI.create("/profile/notifications?saved=unlinked"));
    }

    private Object page(PageContext page, Caller caller, @Nullable MessengerLink link, @Nullable String saved, @Nullable String error) {
        return Views.view("notifications", page, new NotificationsModel(messengers.of(caller, page.locale()),
                choices.of(caller, page.locale()), link, link == null ? null : KyivTime.dateTime(link.expiresAt()), saved, error));
    }
}
