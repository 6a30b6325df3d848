package ua.fakh.core.plugins.notify_telegram;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.notifications.LinkedPerson;
import ua.fakh.core.notifications.MessengerAccounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the bot does with an update, from the webhook or the long poll alike: {@code /start <token>}
 * in a private chat links the chat to the person the token was made for and says so in their
 * language; a wrong, used or expired token gets a polite refusal; {@code /stop} unlinks. Everything
 * else is ignored. Each update is handled once however often it arrives.
 */
@Singleton
class TelegramUpdates {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramUpdates.class);
    private static final Duration KEEP_CLAIMS = Duration.ofDays(2);

    private final TelegramUpdateClaims claims;
    private final MessengerAccounts accounts;
    private final TelegramApi api;
    private final Messages messages;
    private final Clock clock;

    TelegramUpdates(TelegramUpdateClaims claims, MessengerAccounts accounts, TelegramApi api, Messages messages, Clock clock) {
        this.claims = claims;
        this.accounts = accounts;
        this.api = api;
        this.messages = messages;
        this.clock = clock;
    }

    /** Handles one {@code Update} object; an update without an id, or one handled before, is skipped. */
    void handle(Map<String, Object> update) {
        if (!(update.get("update_id") instanceof Number id) || claims.claim(id.longValue(), clock.instant()) == 0) {
            return;
        }
        if (!(update.get("message") instanceof Map<?, ?> message) || !(message.get("chat") instanceof Map<?, ?> chat)
                || !"private".equals(chat.get("type")) || !(message.get("text") instanceof String text)) {
            return;
        }
        String chatId = String.valueOf(chat.get("id") instanceof Number n ? n.longValue() : chat.get("id"));
        Locale language = language(message);
        String[] words = text.strip().split("\\s+", 2);
        String command = words[0].replaceFirst("@.*$", ""); // "/start@FakhBot" in some clients
        if (command.equals("/start")) {
            start(chatId, words.length > 1 ? words[1].strip() : null, language);
        } else if (command.equals("/stop")) {
            Locale locale = accounts.personAt(NotifyTelegram.ID, chatId).map(LinkedPerson::locale).orElse(language);
            accounts.unlinkAddress(NotifyTelegram.ID, chatId);
            reply(chatId, locale, "notify_telegram.unlinked");
        }
    }

    /** Drops claims older than two days (a retried update comes within minutes). */
    void forgetOldClaims() {
        claims.forgetBefore(clock.instant().minus(KEEP_CLAIMS));
    }

    private void start(String chatId, String token, Locale language) {
        if (token == null) {
            reply(chatId, language, "notify_telegram.howToLink");
            return;
        }
        Optional<LinkedPerson> person = accounts.redeem(NotifyTelegram.ID, token, chatId);
        if (person.isPresent()) {
            reply(chatId, person.get().locale(), "notify_telegram.linked");
        } else {
            reply(chatId, language, "notify_telegram.badToken");
        }
    }

    /** A reply is a courtesy: when Telegram is unreachable the link still stands. */
    private void reply(String chatId, Locale locale, String key) {
        try {
            api.call("sendMessage", Map.of("chat_id", chatId, "text", messages.get(locale, key)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not answer a Telegram chat: {}", e.toString());
        }
    }

    /** The language the person's Telegram app uses, when it is one Fakh speaks; else Ukrainian. */
    private static Locale language(Map<?, ?> message) {
        if (message.get("from") instanceof Map<?, ?> from && from.get("language_code") instanceof String code) {
            return LocaleChoice.supported(code.split("-")[0]).orElse(LocaleChoice.UKRAINIAN);
        }
        return LocaleChoice.UKRAINIAN;
    }
}
