package ua.fakh.core.plugins.notify_telegram;

import com.sun.net.httpserver.HttpExchange;
import ua.fakh.core.notifications.MessengerApiDouble;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Telegram Bot API (https://core.telegram.org/bots/api) as far as Fakh uses it:
 * {@code POST /bot<token>/<method>} with JSON; answers {@code {ok: true, result}} or
 * {@code {ok: false, error_code, description, parameters?}}. Queue refusals in {@link #refusals}
 * (429 with retry_after, 403 blocked) and updates for {@code getUpdates} in {@link #pendingUpdates}.
 */
public class TelegramDouble extends MessengerApiDouble {
    public static final String TOKEN = "123456789:AAE-test_token-for-the-double";
    public static final String BOT = "FakhTestBot";
    private static final Pattern PATH = Pattern.compile("/bot([^/]+)/([A-Za-z]+)");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Set<String> PARSE_MODES = Set.of("HTML", "MarkdownV2", "Markdown");

    public final Deque<Refusal> refusals = new ConcurrentLinkedDeque<>();
    public final List<Map<String, Object>> pendingUpdates = new CopyOnWriteArrayList<>();
    /** The sendMessage bodies Telegram accepted (refused ones are only in {@link #calls}). */
    private final List<Map<String, Object>> delivered = new CopyOnWriteArrayList<>();

    public enum Refusal { TOO_MANY_REQUESTS, BLOCKED, SERVER_ERROR }

    /** The texts delivered to a chat with {@code sendMessage}, in order. */
    public List<String> textsTo(String chatId) {
        return delivered.stream().filter(body -> chatId.equals(String.valueOf(body.get("chat_id"))))
                .map(body -> String.valueOf(body.get("text"))).toList();
    }

    /** The {@code secret_token} of the last {@code setWebhook}. */
    public String webhookSecret() {
        List<Call> set = callsOf("setWebhook");
        return set.isEmpty() ? null : (String) set.get(set.size() - 1).body().get("secret_token");
    }

    @Override
    protected Answer answer(HttpExchange exchange, String path, Map<String, Object> body) {
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            violation(path + ": not /bot<token>/<method>");
            return Answer.json(404, error(404, "Not Found"));
        }
        if (!TOKEN.equals(matcher.group(1))) {
            return Answer.json(401, error(401, "Unauthorized"));
        }
        String method = matcher.group(2);
        calls.add(new Call(method, body));
        return switch (method) {
            case "getMe" -> Answer.json(200, ok(Map.of("id", 123456789, "is_bot", true, "first_name", "Fakh", "username", BOT)));
            case "sendMessage" -> sendMessage(body);
            case "setWebhook" -> setWebhook(body);
            case "deleteWebhook" -> Answer.json(200, ok(true));
            case "getUpdates" -> getUpdates(body);
            default -> {
                violation("unexpected method " + method);
                yield Answer.json(404, error(404, "Not Found: method not found"));
            }
        };
    }

    private Answer sendMessage(Map<String, Object> body) {
        if (!(body.get("chat_id") instanceof String) && !(body.get("chat_id") instanceof Number)) {
            violation("sendMessage without chat_id: " + body);
            return Answer.json(400, error(400, "Bad Request: chat_id is empty"));
        }
        if (!(body.get("text") instanceof String text) || text.isBlank() || text.length() > 4096) {
            violation("sendMessage text must be 1-4096 characters: " + body);
            return Answer.json(400, error(400, "Bad Request: message text is empty"));
        }
        if (body.containsKey("parse_mode") && !PARSE_MODES.contains(body.get("parse_mode"))) {
            violation("sendMessage unknown parse_mode: " + body.get("parse_mode"));
        }
        if ("HTML".equals(body.get("parse_mode")) && text.replaceAll("</?b>", "").matches("(?s).*[<>].*")) {
            violation("sendMessage HTML text with unescaped < or >: " + text);
            return Answer.json(400, error(400, "Bad Request: can't parse entities"));
        }
        if (body.containsKey("link_preview_options") && !(body.get("link_preview_options") instanceof Map)) {
            violation("link_preview_options must be an object");
        }
        Refusal refusal = refusals.poll();
        if (refusal == Refusal.TOO_MANY_REQUESTS) {
            return Answer.json(429, Map.of("ok", false, "error_code", 429, "description", "Too Many Requests: retry after 7",
                    "parameters", Map.of("retry_after", 7)));
        }
        if (refusal == Refusal.BLOCKED) {
            return Answer.json(403, error(403, "Forbidden: bot was blocked by the user"));
        }
        if (refusal == Refusal.SERVER_ERROR) {
            return Answer.json(502, error(502, "Bad Gateway"));
        }
        delivered.add(body);
        return Answer.json(200, ok(Map.of("message_id", delivered.size(), "date", 1765000000,
                "chat", Map.of("id", body.get("chat_id"), "type", "private"), "text", text)));
    }

    private Answer setWebhook(Map<String, Object> body) {
        if (!(body.get("url") instanceof String url) || !url.startsWith("https://")) {
            violation("setWebhook needs an https url: " + body);
            return Answer.json(400, error(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook"));
        }
        if (!(body.get("secret_token") instanceof String secret) || !SECRET.matcher(secret).matches()) {
            violation("setWebhook secret_token must be 1-256 of A-Z a-z 0-9 _ -: " + body);
            return Answer.json(400, error(400, "Bad Request: secret token contains unallowed characters"));
        }
        return Answer.json(200, Map.of("ok", true, "result", true, "description", "Webhook was set"));
    }

    private Answer getUpdates(Map<String, Object> body) {
        long offset = body.get("offset") instanceof Number n ? n.longValue() : 0;
        if (!(body.get("timeout") instanceof Number)) {
            violation("getUpdates without a long-poll timeout: " + body);
        }
        List<Map<String, Object>> due = new ArrayList<>();
        for (Map<String, Object> update : pendingUpdates) {
            if (((Number) update.get("update_id")).longValue() >= offset) {
                due.add(update);
            }
        }
        if (due.isEmpty()) {
            try {
                Thread.sleep(200); // a short "long poll": the real one waits up to timeout seconds
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Answer.json(200, ok(due));
    }

    private static Map<String, Object> ok(Object result) {
        return Map.of("ok", true, "result", result);
    }

    private static Map<String, Object> error(int code, String description) {
        return Map.of("ok", false, "error_code", code, "description", description);
    }

    /** An update as Telegram sends it: a private message from a person in {@code chatId}. */
    public static Map<String, Object> privateMessage(long updateId, long chatId, String text, String languageCode) {
        return Map.of("update_id", updateId, "message", Map.of("message_id", updateId, "date", 1765000000,
                "from", Map.of("id", chatId, "is_bot", false, "first_name", "Оксана", "language_code", languageCode),
                "chat", Map.of("id", chatId, "type", "private", "first_name", "Оксана"), "text", text));
    }
}
