package ua.fakh.core.notifications;

import io.micronaut.core.type.Argument;
import io.micronaut.core.util.SupplierUtil;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * JSON over HTTPS to a messenger's bot API (the JDK's client: one request, one answer, no retries of
 * its own — the notification queue retries). An answer that is not a JSON object reads as an empty
 * body. The URI may carry a bot token: never log it.
 */
@Singleton
public class MessengerHttp {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * Built on the first call, not at start-up: the JDK's client loads the default TLS context and its trusted
     * certificates, 140 ms of the start-up's main thread (perf/README.md, "Session 14"), for messengers seldom set up.
     */
    private final Supplier<HttpClient> client = SupplierUtil.memoized(
            () -> HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
    private final JsonMapper json;

    public MessengerHttp(JsonMapper json) {
        this.json = json;
    }

    /** POSTs {@code body} as JSON; waits at most {@code timeout} for the whole answer. */
    public Reply post(URI uri, Map<String, String> headers, Object body, Duration timeout) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        headers.forEach(request::header);
        HttpResponse<byte[]> response;
        try {
            response = client.get().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while calling the messenger");
        }
        Optional<Duration> retryAfter = response.headers().firstValue("Retry-After").flatMap(MessengerHttp::seconds);
        return new Reply(response.statusCode(), parse(response.body()), retryAfter);
    }

    /** A JSON body as a map (nested objects as maps, arrays as lists); empty when it is not a JSON object. */
    public Map<String, Object> parse(byte[] body) {
        try {
            Map<String, Object> map = json.readValue(body, Argument.mapOf(String.class, Object.class));
            return map == null ? Map.of() : map;
        } catch (IOException | RuntimeException notJson) {
            return Map.of();
        }
    }

    public byte[] write(Object value) throws IOException {
        return json.writeValueAsBytes(value);
    }

    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    /** An answer: its status, its JSON object (empty when none) and its {@code Retry-After} in seconds, if any. */
    public record Reply(int status, Map<String, Object> body, Optional<Duration> retryAfter) {

        public boolean isServerError() {
            return status >= 500;
        }

        /** A field of the body as text, or null. */
        public String text(String field) {
            Object value = body.get(field);
            return value == null ? null : value.toString();
        }
    }
}
