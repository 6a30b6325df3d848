package ua.fakh.core.plugins.notify_telegram;

import jakarta.inject.Singleton;
import ua.fakh.core.notifications.MessengerHttp;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * The Bot API: {@code POST <api>/bot<token>/<method>} with a JSON body; every answer is
 * {@code {ok, result}} or {@code {ok: false, error_code, description, parameters: {retry_after}}}.
 */
@Singleton
class TelegramApi {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TelegramSettings settings;
    private final MessengerHttp http;

    TelegramApi(TelegramSettings settings, MessengerHttp http) {
        this.settings = settings;
        this.http = http;
    }

    MessengerHttp.Reply call(String method, Map<String, ?> body) throws IOException {
        return call(method, body, TIMEOUT);
    }

    /** {@code timeout}: the whole answer; a long poll passes its own wait plus a margin. */
    MessengerHttp.Reply call(String method, Map<String, ?> body, Duration timeout) throws IOException {
        URI uri = URI.create(settings.apiUrl() + "/bot" + settings.token() + "/" + method);
        return http.post(uri, Map.of(), body, timeout);
    }

    /** {@code parameters.retry_after} of a 429, in seconds, if the answer says. */
    static Duration retryAfter(MessengerHttp.Reply reply) {
        if (reply.body().get("parameters") instanceof Map<?, ?> parameters
                && parameters.get("retry_after") instanceof Number seconds) {
            return Duration.ofSeconds(seconds.longValue());
        }
        return reply.retryAfter().orElse(null);
    }
}
