package ua.fakh.core.plugins.notify_viber;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code fakh.plugins.notify_viber.*}: the bot's token ({@code FAKH_VIBER_TOKEN}; none: the channel
 * reaches nobody and the profile does not offer it), the sender name on its messages
 * ({@code FAKH_VIBER_BOT_NAME}), its chat URI for the deep links ({@code FAKH_VIBER_CHAT_URI}, the
 * {@code chatURI} of {@code viber://pa?chatURI=…}) and the API's address ({@code FAKH_VIBER_API_URL}).
 */
@ConfigurationProperties("fakh.plugins.notify_viber")
public record ViberSettings(
        @Nullable String token,
        @Bindable(defaultValue = "Fakh") String botName,
        @Nullable String chatUri,
        @Bindable(defaultValue = "https://chatapi.viber.com") String apiUrl) {

    public ViberSettings {
        botName = botName == null || botName.isBlank() ? "Fakh" : botName.strip();
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://chatapi.viber.com" : apiUrl.strip().replaceAll("/+$", "");
    }

    /** A token and a chat URI: without the URI nobody could open the bot to link it. */
    boolean isConfigured() {
        return token != null && !token.isBlank() && chatUri != null && !chatUri.isBlank();
    }

    /** Keeps the token out of logs. */
    @Override
    public String toString() {
        return "ViberSettings[token=" + (token == null || token.isBlank() ? "" : "***") + ", botName=" + botName
                + ", chatUri=" + chatUri + ", apiUrl=" + apiUrl + "]";
    }
}
