package ua.fakh.core.plugins.notify_viber;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.notifications.MessengerHttp;
import ua.fakh.core.notifications.Webhooks;
import ua.fakh.core.plugins.PluginSettings;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells Viber where to post the bot's callbacks ({@code set_webhook}) once the server listens: Viber
 * calls the address at once to check it. Viber only posts to https, and has no polling: without an
 * https {@code FAKH_PUBLIC_URL} nobody can link Viber, and the log says so.
 */
@Singleton
class ViberWebhookRegistration {
    static final String HOOK_PATH = "/api/hooks/viber";
    private static final Logger LOG = LoggerFactory.getLogger(ViberWebhookRegistration.class);
    private static final List<String> EVENTS = List.of("conversation_started", "subscribed", "unsubscribed", "failed");

    private final ViberSettings settings;
    private final PluginSettings plugins;
    private final ViberApi api;
    private final Webhooks webhooks;

    ViberWebhookRegistration(ViberSettings settings, PluginSettings plugins, ViberApi api, Webhooks webhooks) {
        this.settings = settings;
        this.plugins = plugins;
        this.api = api;
        this.webhooks = webhooks;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        if (!settings.isConfigured() || !plugins.isEnabled(NotifyViber.ID)) {
            return;
        }
        Optional<URI> hook = webhooks.address(HOOK_PATH);
        if (hook.isEmpty()) {
            LOG.warn("FAKH_VIBER_TOKEN is set but FAKH_PUBLIC_URL is not https: Viber cannot reach the bot, nobody can link it");
            return;
        }
        // not on the start-up thread: Viber calls the hook back before it answers
        Thread thread = new Thread(() -> register(hook.get()), "viber-webhook");
        thread.setDaemon(true);
        thread.start();
    }

    private void register(URI hook) {
        try {
            MessengerHttp.Reply reply = api.call("set_webhook", Map.of("url", hook.toString(), "event_types", EVENTS,
                    "send_name", false, "send_photo", false));
            Object status = reply.body().get("status");
            if (reply.status() == 200 && status instanceof Number code && code.intValue() == 0) {
                LOG.info("Viber posts the bot's callbacks to {}", hook);
            } else {
                LOG.error("Viber refused the webhook {}: HTTP {} {}", hook, reply.status(), reply.body());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not register the Viber webhook {}: {}", hook, e.toString());
        }
    }
}
