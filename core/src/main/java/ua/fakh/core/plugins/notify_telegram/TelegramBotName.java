package ua.fakh.core.plugins.notify_telegram;

import jakarta.inject.Singleton;
import ua.fakh.core.notifications.MessengerHttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The bot's user name for {@code https://t.me/<name>?start=…}: {@code FAKH_TELEGRAM_BOT_NAME}, or what
 * {@code getMe} says, asked once and kept.
 */
@Singleton
class TelegramBotName {
    private final TelegramApi api;
    private volatile String known;

    TelegramBotName(TelegramSettings settings, TelegramApi api) {
        this.api = api;
        String configured = settings.botName();
        this.known = configured == null || configured.isBlank() ? null : configured.strip().replaceFirst("^@", "");
    }

    /** @throws IllegalStateException when Telegram cannot be asked or does not answer with a user name */
    String get() {
        String name = known;
        if (name == null) {
            name = ask();
            known = name;
        }
        return name;
    }

    private String ask() {
        try {
            MessengerHttp.Reply reply = api.call("getMe", Map.of());
            if (reply.body().get("result") instanceof Map<?, ?> bot && bot.get("username") instanceof String username) {
                return username;
            }
            throw new IllegalStateException("Telegram getMe answered " + reply.status() + " without a user name: set FAKH_TELEGRAM_BOT_NAME");
        } catch (IOException e) {
            throw new UncheckedIOException("Telegram getMe failed: set FAKH_TELEGRAM_BOT_NAME", e);
        }
    }
}
