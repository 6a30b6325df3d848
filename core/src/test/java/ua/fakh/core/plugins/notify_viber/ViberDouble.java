package ua.fakh.core.plugins.notify_viber;

import com.sun.net.httpserver.HttpExchange;
import ua.fakh.core.notifications.MessengerApiDouble;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Viber's REST bot API (https://developers.viber.com/docs/api/rest-bot-api/) as far as Fakh uses it:
 * {@code POST /pa/<method>} with {@code X-Viber-Auth-Token} and JSON; answers HTTP 200 with
 * {@code {status, status_message}} (0 ok, 6 receiverNotSubscribed …) or HTTP 429. Queue refusals in
 * {@link #refusals}.
 */
public class ViberDouble extends MessengerApiDouble {
    public static final String TOKEN = "4453b6ac12345678-e02c5f12174805f9-daec9cbb5448c51f";
    public static final String BOT = "Фах";

    public final Deque<Refusal> refusals = new ConcurrentLinkedDeque<>();
    private final List<Map<String, Object>> delivered = new CopyOnWriteArrayList<>();

    public enum Refusal { TOO_MANY_REQUESTS, NOT_SUBSCRIBED, SERVER_ERROR }

    /** The texts delivered to a receiver with {@code send_message}, in order. */
    public List<String> textsTo(String receiver) {
        return delivered.stream().filter(body -> receiver.equals(body.get("receiver")))
                .map(body -> String.valueOf(body.get("text"))).toList();
    }

    /** What Viber would put in {@code X-Viber-Content-Signature}. */
    public static String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected Answer answer(HttpExchange exchange, String path, Map<String, Object> body) {
        if (!path.startsWith("/pa/")) {
            violation(path + ": not /pa/<method>");
            return Answer.json(404, Map.of());
        }
        String method = path.substring("/pa/".length());
        if (!TOKEN.equals(exchange.getRequestHeaders().getFirst("X-Viber-Auth-Token"))) {
            violation(method + " without the X-Viber-Auth-Token header");
            return Answer.json(200, status(2, "invalidAuthToken"));
        }
        calls.add(new Call(method, body));
        return switch (method) {
            case "send_message" -> sendMessage(body);
            case "set_webhook" -> setWebhook(body);
            default -> {
                violation("unexpected method " + method);
                yield Answer.json(404, Map.of());
            }
        };
    }

    private Answer sendMessage(Map<String, Object> body) {
        if (!(body.get("receiver") instanceof String receiver) || receiver.isBlank()) {
            violation("send_message without a receiver: " + body);
            return Answer.json(200, status(4, "missingData"));
        }
        if (!"text".equals(body.get("type")) || !(body.get("text") instanceof String text) || text.isBlank() || text.length() > 7000) {
            violation("send_message must be type text with 1-7000 characters: " + body);
            return Answer.json(200, status(3, "badData"));
        }
        if (!(body.get("sender") instanceof Map<?, ?> sender) || !(sender.get("name") instanceof String name)
                || name.isBlank() || name.length() > 28) {
            violation("send_message needs sender.name of 1-28 characters: " + body);
            return Answer.json(200, status(3, "badData"));
        }
        Refusal refusal = refusals.poll();
        if (refusal == Refusal.TOO_MANY_REQUESTS) {
            return new Answer(429, Map.of(), Map.of("Retry-After", "11"));
        }
        if (refusal == Refusal.NOT_SUBSCRIBED) {
            return Answer.json(200, status(6, "receiverNotSubscribed"));
        }
        if (refusal == Refusal.SERVER_ERROR) {
            return Answer.json(503, Map.of());
        }
        delivered.add(body);
        return Answer.json(200, Map.of("status", 0, "status_message", "ok", "message_token", 5098034272017990000L + delivered.size(),
                "chat_hostname", "SN-CHAT-05_"));
    }

    private Answer setWebhook(Map<String, Object> body) {
        if (!(body.get("url") instanceof String url) || !url.startsWith("https://")) {
            violation("set_webhook needs an https url: " + body);
            return Answer.json(200, status(1, "invalidUrl"));
        }
        if (body.containsKey("event_types") && !(body.get("event_types") instanceof List)) {
            violation("set_webhook event_types must be a list");
        }
        return Answer.json(200, Map.of("status", 0, "status_message", "ok", "event_types",
                body.getOrDefault("event_types", List.of())));
    }

    private static Map<String, Object> status(int status, String message) {
        return Map.of("status", status, "status_message", message);
    }
}
