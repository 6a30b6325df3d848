package ua.fakh.core.plugins.notify_telegram;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.notifications.MessengerHttp;
import ua.fakh.core.notifications.Webhooks;
import ua.fakh.core.plugins.PluginSettings;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How updates reach the bot, decided at start: with an https {@code FAKH_PUBLIC_URL}, Telegram is
 * told to post them to {@code /api/hooks/telegram} with the installation's secret ({@code setWebhook});
 * otherwise (a laptop, a network without inbound https) one thread per node long-polls
 * {@code getUpdates}, starting after the highest update handled. Two nodes polling at once make
 * Telegram answer one of them 409, and the claims table keeps each update to one node anyway.
 */
@Singleton
class TelegramReceiver {
    static final String HOOK_PATH = "/api/hooks/telegram";
    private static final Logger LOG = LoggerFactory.getLogger(TelegramReceiver.class);
    private static final List<String> UPDATE_TYPES = List.of("message");
    private static final Duration PAUSE_AFTER_FAILURE = Duration.ofSeconds(5);

    private final TelegramSettings settings;
    private final PluginSettings plugins;
    private final TelegramApi api;
    private final TelegramUpdates updates;
    private final TelegramUpdateClaims claims;
    private final TelegramWebhookSecret secret;
    private final Webhooks webhooks;
    private volatile Thread worker;

    TelegramReceiver(TelegramSettings settings, PluginSettings plugins, TelegramApi api, TelegramUpdates updates,
                     TelegramUpdateClaims claims, TelegramWebhookSecret secret, Webhooks webhooks) {
        this.settings = settings;
        this.plugins = plugins;
        this.api = api;
        this.updates = updates;
        this.claims = claims;
        this.secret = secret;
        this.webhooks = webhooks;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        if (!settings.isConfigured() || !plugins.isEnabled(NotifyTelegram.ID)) {
            return;
        }
        Optional<URI> hook = webhooks.address(HOOK_PATH);
        Runnable work = hook.<Runnable>map(uri -> () -> register(uri)).orElse(this::poll);
        Thread thread = new Thread(work, "telegram-updates");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @PreDestroy
    void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void register(URI hook) {
        try {
            MessengerHttp.Reply reply = api.call("setWebhook", Map.of("url", hook.toString(), "secret_token", secret.get(),
                    "allowed_updates", UPDATE_TYPES));
            if (!Boolean.TRUE.equals(reply.body().get("ok"))) {
                LOG.error("Telegram refused the webhook {}: {} {}", hook, reply.status(), reply.text("description"));
            } else {
                LOG.info("Telegram posts the bot's updates to {}", hook);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not register the Telegram webhook {}: {}", hook, e.toString());
        }
    }

    private void poll() {
        LOG.info("FAKH_PUBLIC_URL is not https: the Telegram bot polls for its updates");
        boolean webhookRemoved = false;
        while (worker == Thread.currentThread() && !Thread.currentThread().isInterrupted()) {
            try {
                if (!webhookRemoved) {
                    // getUpdates answers 409 while a webhook is set (an earlier https deployment)
                    webhookRemoved = Boolean.TRUE.equals(api.call("deleteWebhook", Map.of()).body().get("ok"));
                }
                pollOnce();
            } catch (IOException | RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                LOG.warn("Telegram getUpdates failed: {}", e.toString());
                pause();
            }
        }
    }

    /** One long poll: waits up to the poll timeout for updates after the highest handled, and handles them. */
    void pollOnce() throws IOException {
        long offset = claims.highest().map(id -> id + 1).orElse(0L);
        long seconds = settings.pollTimeout().toSeconds();
        MessengerHttp.Reply reply = api.call("getUpdates", Map.of("offset", offset, "timeout", seconds,
                "allowed_updates", UPDATE_TYPES), settings.pollTimeout().plusSeconds(15));
        if (!(reply.body().get("result") instanceof List<?> result) || !Boolean.TRUE.equals(reply.body().get("ok"))) {
            // 409: another node is polling (or a webhook is set); 429/5xx: Telegram is busy
            LOG.debug("Telegram getUpdates answered {}: {}", reply.status(), reply.text("description"));
            pause();
            return;
        }
        for (Object update : result) {
            if (update instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> typed = (Map<String, Object>) map;
                updates.handle(typed);
            }
        }
        updates.forgetOldClaims();
    }

    private void pause() {
        try {
            Thread.sleep(PAUSE_AFTER_FAILURE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
