package ua.fakh.core.plugins.notify_telegram;

import jakarta.inject.Singleton;
import ua.fakh.core.secrets.InstallationSecrets;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret Telegram sends back in {@code X-Telegram-Bot-Api-Secret-Token} with every webhook call
 * (given to it in {@code setWebhook}): made once, kept in the database so every node knows it.
 */
@Singleton
class TelegramWebhookSecret {
    private static final String NAME = "notify_telegram.webhook-secret";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InstallationSecrets secrets;

    TelegramWebhookSecret(InstallationSecrets secrets) {
        this.secrets = secrets;
    }

    /** 43 characters of A–Z, a–z, 0–9, _ and - (Telegram allows 1–256 of those). */
    String get() {
        return secrets.getOrCreate(NAME, () -> {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        });
    }
}
