package ua.fakh.core.plugins.notify_email;

import java.net.URI;
import java.util.UUID;

/**
 * {@code Message-ID}s made from the queued message's id and the installation's host
 * ({@code <0192…@fakh.example.org>}): a message sent again after a crash carries the same id, so mail
 * programs and the administrator can tell it is the same message.
 */
final class MessageIds {
    private MessageIds() {
    }

    static String of(UUID messageId, String host) {
        return "<" + messageId + "@" + host + ">";
    }

    /** The host of {@code FAKH_PUBLIC_URL}; {@code localhost} when it has none. */
    static String hostOf(String publicUrl) {
        try {
            String host = URI.create(publicUrl.strip()).getHost();
            return host == null || host.isBlank() ? "localhost" : host;
        } catch (IllegalArgumentException malformed) {
            return "localhost";
        }
    }
}
