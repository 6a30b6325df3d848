package ua.fakh.core.plugins.notify_viber;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
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

import java.io.IOException;
import java.util.Map;

/**
 * Viber posts the bot's callbacks here. Open to anyone at the HTTP level, since Viber signs in as
 * nobody; a call whose {@code X-Viber-Content-Signature} is not the HMAC of its body under the bot's
 * token is refused with 401, and without a configured bot there is no hook at all (404).
 */
@Hidden
@Controller("/api/hooks/viber")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ViberWebhookController {
    static final String SIGNATURE_HEADER = "X-Viber-Content-Signature";

    private final ViberSettings settings;
    private final PluginSettings plugins;
    private final ViberApi api;
    private final ViberEvents events;
    private final MessengerHttp http;

    ViberWebhookController(ViberSettings settings, PluginSettings plugins, ViberApi api, ViberEvents events, MessengerHttp http) {
        this.settings = settings;
        this.plugins = plugins;
        this.api = api;
        this.events = events;
        this.http = http;
    }

    @Post
    @Consumes(MediaType.ALL)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<?> receive(@Nullable @Header(SIGNATURE_HEADER) String signature, @Nullable @Body byte[] body) throws IOException {
        if (!settings.isConfigured() || !plugins.isEnabled(NotifyViber.ID)) {
            throw new NotFoundException("notify_viber.problem.noBot");
        }
        byte[] bytes = body == null ? new byte[0] : body;
        if (!Webhooks.sameSecret(signature == null ? null : signature.toLowerCase(), api.signature(bytes))) {
            throw new UnauthorizedException("notify_viber.problem.wrongSignature");
        }
        Map<String, Object> event = http.parse(bytes);
        if (event.isEmpty()) {
            throw new UnprocessableException("notify_viber.problem.notAnEvent");
        }
        return events.handle(event).<HttpResponse<?>>map(welcome -> {
            try {
                return HttpResponse.ok(http.write(welcome)).contentType(MediaType.APPLICATION_JSON_TYPE);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).orElseGet(HttpResponse::ok);
    }
}
