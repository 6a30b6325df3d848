package ua.fakh.core.plugins.notify_telegram;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * {@code fakh.plugins.notify_telegram.*}: the bot ({@code FAKH_TELEGRAM_TOKEN} from BotFather; none:
 * the channel reaches nobody and the profile does not offer it), its user name for the deep links
 * ({@code FAKH_TELEGRAM_BOT_NAME}; empty: asked with {@code getMe}), the Bot API's address
 * ({@code FAKH_TELEGRAM_API_URL}) and how long one long poll waits when there is no webhook.
 */
@ConfigurationProperties("fakh.plugins.notify_telegram")
public record TelegramSettings(
        @Nullable String token,
        @Nullable String botName,
        @Bindable(defaultValue = "https://api.telegram.org") String apiUrl,
        @Bindable(defaultValue = "25s") Duration pollTimeout) {

    public TelegramSettings {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://api.telegram.org" : apiUrl.strip().replaceAll("/+$", "");
        pollTimeout = pollTimeout == null || pollTimeout.isNegative() ? Duration.ofSeconds(25) : pollTimeout;
    }

    boolean isConfigured() {
        return token != null && !token.isBlank();
    }

    /** Keeps the token out of logs. */
    @Override
    public String toString() {
        return "TelegramSettings[token=" + (isConfigured() ? "***" : "") + ", botName=" + botName + ", apiUrl=" + apiUrl
                + ", pollTimeout=" + pollTimeout + "]";
    }
}
