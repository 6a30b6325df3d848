package ua.fakh.core.plugins.notify_viber;

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
import java.util.Set;

/**
 * Messages through a Viber bot, to people who linked their Viber from the profile (the deep link's
 * {@code context} arrives with {@code conversation_started}). A person who unsubscribed or is no
 * longer on Viber is unlinked at the first refusal: nothing more is sent there.
 */
@Singleton
public class NotifyViber extends LinkedMessenger {
    static final String ID = "notify_viber";
    /** Viber's limit on a text message is 7000 characters. */
    private static final int MAX_TEXT = 6500;
    /** receiverNotRegistered, receiverNotSubscribed: the person is gone from the bot. */
    private static final Set<Integer> GONE = Set.of(5, 6);
    /** badData, missingData: sending the same again would fail the same way. */
    private static final Set<Integer> MALFORMED = Set.of(3, 4);
    private static final int INVALID_TOKEN = 2;
    private static final Logger LOG = LoggerFactory.getLogger(NotifyViber.class);

    private final ViberSettings settings;
    private final ViberApi api;

    NotifyViber(ViberSettings settings, ViberApi api, MessengerAccounts accounts) {
        super(ID, accounts);
        this.settings = settings;
        this.api = api;
    }

    @Override
    public boolean isConfigured() {
        return settings.isConfigured();
    }

    @Override
    protected String deepLink(String token) {
        return "viber://pa?chatURI=" + URLEncoder.encode(settings.chatUri(), StandardCharsets.UTF_8) + "&context=" + token;
    }

    @Override
    protected DeliveryResult sendTo(String receiver, OutgoingMessage message) {
        MessengerHttp.Reply reply;
        try {
            reply = api.call("send_message", Map.of("receiver", receiver, "min_api_version", 1, "sender", api.sender(),
                    "tracking_data", message.id().toString(), "type", "text", "text", text(message)));
        } catch (IOException | RuntimeException unreachable) {
            return DeliveryResult.retryLater(null, "Viber unreachable: " + unreachable);
        }
        return outcome(reply, receiver);
    }

    private DeliveryResult outcome(MessengerHttp.Reply reply, String receiver) {
        if (reply.status() != 200) {
            // 429 and 5xx, or anything else HTTP-level: Viber's own refusals come as 200 with a status
            return DeliveryResult.retryLater(reply.retryAfter().orElse(null), "Viber HTTP " + reply.status());
        }
        Object status = reply.body().get("status");
        int code = status instanceof Number number ? number.intValue() : -1;
        String description = "Viber status " + code + ": " + reply.text("status_message");
        if (code == 0) {
            return DeliveryResult.sent();
        }
        if (GONE.contains(code)) {
            accounts.unlinkAddress(ID, receiver);
            return DeliveryResult.failed(description);
        }
        if (MALFORMED.contains(code)) {
            return DeliveryResult.failed(description);
        }
        if (code == INVALID_TOKEN) {
            LOG.warn("Viber refuses the bot token (FAKH_VIBER_TOKEN): {}", description);
        }
        return DeliveryResult.retryLater(null, description);
    }

    /** The subject, a blank line, the body (Viber shows plain text; links stay clickable). */
    static String text(OutgoingMessage message) {
        String text = message.subject() + "\n\n" + message.text();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    }
}
