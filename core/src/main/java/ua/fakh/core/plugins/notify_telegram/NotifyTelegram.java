package ua.fakh.core.plugins.notify_telegram;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.notifications.DeliveryResult;
import ua.fakh.core.notifications.LinkedMessenger;
import ua.fakh.core.notifications.MessengerAccounts;
import ua.fakh.core.notifications.MessengerHttp;
import ua.fakh.core.notifications.OutgoingMessage;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Messages through a Telegram bot, to people who linked their chat from the profile ({@code /start
 * <token>} from the deep link). A person who blocked the bot, or whose chat is gone, is unlinked at
 * the first refusal: nothing more is sent there.
 */
@Singleton
public class NotifyTelegram extends LinkedMessenger {
    static final String ID = "notify_telegram";
    /** Telegram's limit is 4096 characters of text after entities are parsed; the subject and markup fit in the rest. */
    private static final int MAX_BODY = 3500;
    private static final Logger LOG = LoggerFactory.getLogger(NotifyTelegram.class);

    private final TelegramSettings settings;
    private final TelegramApi api;
    private final TelegramBotName botName;

    NotifyTelegram(TelegramSettings settings, TelegramApi api, MessengerAccounts accounts, TelegramBotName botName) {
        super(ID, accounts);
        this.settings = settings;
        this.api = api;
        this.botName = botName;
    }

    @Override
    public boolean isConfigured() {
        return settings.isConfigured();
    }

    @Override
    protected String deepLink(String token) {
        return "https://t.me/" + URLEncoder.encode(botName.get(), StandardCharsets.UTF_8) + "?start=" + token;
    }

    @Override
    protected DeliveryResult sendTo(String chat, OutgoingMessage message) {
        MessengerHttp.Reply reply;
        try {
            reply = api.call("sendMessage", Map.of("chat_id", chat, "text", html(message), "parse_mode", "HTML",
                    "link_preview_options", Map.of("is_disabled", true)));
        } catch (IOException | RuntimeException unreachable) {
            return DeliveryResult.retryLater(null, "Telegram unreachable: " + unreachable);
        }
        return outcome(reply, chat);
    }

    private DeliveryResult outcome(MessengerHttp.Reply reply, String chat) {
        String description = "Telegram " + reply.status() + ": " + reply.text("description");
        if (reply.status() == 200 && Boolean.TRUE.equals(reply.body().get("ok"))) {
            return DeliveryResult.sent();
        }
        if (reply.status() == 429) {
            return DeliveryResult.retryLater(TelegramApi.retryAfter(reply), description);
        }
        if (reply.status() == 403 || (reply.status() == 400 && String.valueOf(reply.text("description")).contains("chat not found"))) {
            // blocked, deactivated, or the chat is gone: the person must link again to hear from us
            accounts.unlinkAddress(ID, chat);
            return DeliveryResult.failed(description);
        }
        if (reply.status() == 400) {
            return DeliveryResult.failed(description);
        }
        if (reply.status() == 401 || reply.status() == 404) {
            LOG.warn("Telegram refuses the bot token (FAKH_TELEGRAM_TOKEN): {}", description);
        }
        return DeliveryResult.retryLater(null, description);
    }

    /** The subject in bold, then the body; Telegram's HTML needs only &lt;, &gt; and &amp; escaped. */
    static String html(OutgoingMessage message) {
        String body = message.text().length() > MAX_BODY ? message.text().substring(0, MAX_BODY) + "…" : message.text();
        return "<b>" + escape(message.subject()) + "</b>\n\n" + escape(body);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
