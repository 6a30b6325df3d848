package ua.fakh.core.plugins.notify_telegram;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.errors.NotFoundException;
import ua.fakh.core.errors.UnauthorizedException;
import ua.fakh.core.errors.UnprocessableException;
import ua.fakh.core.notifications.MessengerHttp;
import ua.fakh.core.notifications.Webhooks;
import ua.fakh.core.plugins.PluginSettings;

import java.util.Map;

/**
 * Telegram posts the bot's updates here (when {@code FAKH_PUBLIC_URL} is https). Open to anyone at
 * the HTTP level, since Telegram signs in as nobody; a call without the installation's secret in
 * {@code X-Telegram-Bot-Api-Secret-Token} is refused with 401, and without a configured bot there is
 * no hook at all (404).
 */
@Hidden
@Controller("/api/hooks/telegram")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class TelegramWebhookController {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final TelegramSettings settings;
    private final PluginSettings plugins;
    private final TelegramWebhookSecret secret;
    private final TelegramUpdates updates;
    private final MessengerHttp http;

    TelegramWebhookController(TelegramSettings settings, PluginSettings plugins, TelegramWebhookSecret secret,
                              TelegramUpdates updates, MessengerHttp http) {
        this.settings = settings;
        this.plugins = plugins;
        this.secret = secret;
        this.updates = updates;
        this.http = http;
    }

    @Post
    @Consumes(MediaType.ALL)
    HttpResponse<?> receive(@Nullable @Header(SECRET_HEADER) String sent, @Nullable @Body byte[] body) {
        if (!settings.isConfigured() || !plugins.isEnabled(NotifyTelegram.ID)) {
            throw new NotFoundException("notify_telegram.problem.noBot");
        }
        if (!Webhooks.sameSecret(sent, secret.get())) {
            throw new UnauthorizedException("notify_telegram.problem.wrongSecret");
        }
        Map<String, Object> update = http.parse(body == null ? new byte[0] : body);
        if (update.isEmpty()) {
            throw new UnprocessableException("notify_telegram.problem.notAnUpdate");
        }
        updates.handle(update);
        return HttpResponse.ok();
    }
}
