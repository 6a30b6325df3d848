package ua.fakh.core.notifications;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * A messenger's bot API in the test process (the JDK's HTTP server): subclasses check each request
 * against the documented shape and answer as the real service does. Every request is kept; every
 * departure from the documented shape is kept in {@link #violations} (tests assert there are none)
 * and answered 400.
 */
public abstract class MessengerApiDouble implements AutoCloseable {
    protected static final JsonMapper JSON = JsonMapper.createDefault();

    public final List<Call> calls = new CopyOnWriteArrayList<>();
    public final List<String> violations = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    protected MessengerApiDouble() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The calls of one API method so far, in order. */
    public List<Call> callsOf(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Answers one request: the method's name (from the path), the parsed JSON body, the request's headers. */
    protected abstract Answer answer(HttpExchange exchange, String path, Map<String, Object> body);

    protected void violation(String text) {
        violations.add(text);
    }

    private void serve(HttpExchange exchange) throws IOException {
        Answer answer;
        try {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            Map<String, Object> body = Map.of();
            if (!"POST".equals(exchange.getRequestMethod())) {
                violation(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + ": the client must POST");
            } else if (!String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).startsWith("application/json")) {
                violation(exchange.getRequestURI().getPath() + ": the body must be application/json");
            } else {
                body = JSON.readValue(raw, Argument.mapOf(String.class, Object.class));
            }
            answer = answer(exchange, exchange.getRequestURI().getPath(), body == null ? Map.of() : body);
        } catch (RuntimeException | IOException e) {
            violation(exchange.getRequestURI().getPath() + ": " + e);
            answer = new Answer(400, Map.of("error", e.toString()), Map.of());
        }
        byte[] bytes = JSON.writeValueAsBytes(answer.body());
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Waits (up to 20 s) for something the application does on its own thread, such as registering a webhook. */
    public static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("gave up waiting: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** One request as it arrived: the API method and its JSON body. */
    public record Call(String method, Map<String, Object> body) {
    }

    public record Answer(int status, Object body, Map<String, String> headers) {
        public static Answer json(int status, Object body) {
            return new Answer(status, body, Map.of());
        }
    }
}
