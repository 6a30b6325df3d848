package ua.fakh.core.plugins.notify_viber;

import jakarta.inject.Singleton;
import ua.fakh.core.notifications.MessengerHttp;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

/**
 * Viber's REST bot API: {@code POST <api>/pa/<method>} with the token in {@code X-Viber-Auth-Token};
 * the answer is HTTP 200 with {@code {status, status_message}}, status 0 meaning done. Viber signs
 * what it posts to the webhook: {@code X-Viber-Content-Signature} is the hex HMAC-SHA256 of the body
 * keyed with the token.
 */
@Singleton
class ViberApi {
    static final String TOKEN_HEADER = "X-Viber-Auth-Token";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ViberSettings settings;
    private final MessengerHttp http;

    ViberApi(ViberSettings settings, MessengerHttp http) {
        this.settings = settings;
        this.http = http;
    }

    MessengerHttp.Reply call(String method, Map<String, ?> body) throws IOException {
        return http.post(URI.create(settings.apiUrl() + "/pa/" + method), Map.of(TOKEN_HEADER, settings.token()), body, TIMEOUT);
    }

    /** The signature Viber puts on {@code body}. */
    String signature(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.token().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code sender} object of every message: the bot's name as people see it. */
    Map<String, String> sender() {
        return Map.of("name", settings.botName());
    }
}
