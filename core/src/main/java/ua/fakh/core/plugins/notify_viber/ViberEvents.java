package ua.fakh.core.plugins.notify_viber;

import jakarta.inject.Singleton;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.notifications.LinkedPerson;
import ua.fakh.core.notifications.MessengerAccounts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the bot does with a callback: {@code conversation_started} with a deep link's {@code context}
 * links the Viber account to the person the token was made for, and the answer is the one welcome
 * message Viber lets a bot send before the person subscribes (saying it is linked, or that the link
 * no longer works); {@code unsubscribed} unlinks. Other events need no answer.
 */
@Singleton
class ViberEvents {
    private final MessengerAccounts accounts;
    private final Messages messages;
    private final ViberApi api;

    ViberEvents(MessengerAccounts accounts, Messages messages, ViberApi api) {
        this.accounts = accounts;
        this.messages = messages;
        this.api = api;
    }

    /** The welcome message to answer with, if the event calls for one. */
    Optional<Map<String, Object>> handle(Map<String, Object> event) {
        String type = String.valueOf(event.get("event"));
        if (type.equals("unsubscribed") && event.get("user_id") instanceof String userId) {
            accounts.unlinkAddress(NotifyViber.ID, userId);
            return Optional.empty();
        }
        if (!type.equals("conversation_started") || !(event.get("user") instanceof Map<?, ?> user)
                || !(user.get("id") instanceof String viberId)) {
            return Optional.empty();
        }
        Locale language = language(user);
        boolean subscribed = Boolean.TRUE.equals(event.get("subscribed"));
        if (!(event.get("context") instanceof String token) || token.isBlank()) {
            return Optional.of(welcome(language, "notify_viber.howToLink"));
        }
        Optional<LinkedPerson> person = accounts.redeem(NotifyViber.ID, token.strip(), viberId);
        if (person.isEmpty()) {
            return Optional.of(welcome(language, "notify_viber.badToken"));
        }
        // Viber lets a bot write to a person only once they subscribed, i.e. sent it a message
        return Optional.of(welcome(person.get().locale(), subscribed ? "notify_viber.linked" : "notify_viber.linkedSayHello"));
    }

    private Map<String, Object> welcome(Locale locale, String key) {
        return Map.of("sender", api.sender(), "type", "text", "text", messages.get(locale, key));
    }

    private static Locale language(Map<?, ?> user) {
        if (user.get("language") instanceof String code) {
            return LocaleChoice.supported(code.split("[-_]")[0]).orElse(LocaleChoice.UKRAINIAN);
        }
        return LocaleChoice.UKRAINIAN;
    }
}
