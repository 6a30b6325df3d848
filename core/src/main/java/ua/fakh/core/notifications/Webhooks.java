package ua.fakh.core.notifications;

import jakarta.inject.Singleton;
import ua.fakh.core.config.FakhSettings;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Where a messenger posts its updates: {@code FAKH_PUBLIC_URL} plus the hook's path, but only when
 * that address is https (Telegram and Viber call nothing else); otherwise a bot has to poll, or, for
 * Viber, cannot receive anything.
 */
@Singleton
public class Webhooks {
    private final FakhSettings settings;

    public Webhooks(FakhSettings settings) {
        this.settings = settings;
    }

    /** {@code https://fakh.example/api/hooks/telegram} for {@code /api/hooks/telegram}, when the public URL is https. */
    public Optional<URI> address(String path) {
        String base = settings.publicUrl() == null ? "" : settings.publicUrl().strip();
        if (!base.toLowerCase().startsWith("https://")) {
            return Optional.empty();
        }
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return Optional.of(URI.create(base + path));
    }

    /** Compares a secret a caller sent with the expected one in constant time; a missing one never matches. */
    public static boolean sameSecret(String sent, String expected) {
        return sent != null && expected != null
                && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
