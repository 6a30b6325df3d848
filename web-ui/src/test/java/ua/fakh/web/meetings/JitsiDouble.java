package ua.fakh.web.meetings;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A self-hosted Jitsi Meet with token authentication (Prosody's {@code mod_auth_token}, shared secret)
 * as far as a person's browser meets it: {@code GET /<room>?jwt=<token>}. The token must be HS256 with
 * header {@code typ: JWT}, signed with the secret; {@code iss} the app id, {@code aud} "jitsi" (or the
 * app id), {@code sub} this server's domain, {@code room} the room entered (or "*"), the time between
 * {@code nbf} and {@code exp}, and {@code context.user} with string {@code id}, {@code name} and
 * {@code moderator} ("true"/"false"). Accepted entries are kept; a refusal answers 401 (not signed with
 * the secret) or 403 (a claim that does not fit) and is kept with its reason.
 */
final class JitsiDouble implements AutoCloseable {
    final String appId;
    private final String secret;
    private final HttpServer server;
    final List<Entry> entered = new CopyOnWriteArrayList<>();
    final List<String> refusals = new CopyOnWriteArrayList<>();

    record Entry(String room, String userId, String name, String moderator) {
    }

    JitsiDouble(String appId, String secret) {
        this.appId = appId;
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        int status;
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        if (!"GET".equals(exchange.getRequestMethod()) || !path.matches("/[A-Za-z0-9_-]+")) {
            status = refuse(404, exchange.getRequestMethod() + " " + path + ": not a room");
        } else if (query == null || !query.startsWith("jwt=")) {
            status = refuse(401, path + ": no jwt");
        } else {
            status = check(path.substring(1), query.substring(4));
        }
        byte[] body = (status == 200 ? "<!doctype html><title>Jitsi Meet</title>" : "refused").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @SuppressWarnings("unchecked")
    private int check(String room, String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !JOSEObjectType.JWT.equals(jwt.getHeader().getType())) {
                return refuse(401, "header " + jwt.getHeader());
            }
            if (!jwt.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8)))) {
                return refuse(401, "signature");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = Instant.now();
            if (!appId.equals(claims.getIssuer())) {
                return refuse(403, "iss " + claims.getIssuer());
            }
            if (claims.getAudience().stream().noneMatch(a -> a.equals("jitsi") || a.equals(appId))) {
                return refuse(403, "aud " + claims.getAudience());
            }
            if (!"127.0.0.1".equals(claims.getSubject())) {
                return refuse(403, "sub " + claims.getSubject());
            }
            if (!room.equals(claims.getClaim("room")) && !"*".equals(claims.getClaim("room"))) {
                return refuse(403, "room " + claims.getClaim("room") + " entering " + room);
            }
            if (claims.getExpirationTime() == null || !now.isBefore(claims.getExpirationTime().toInstant())
                    || (claims.getNotBeforeTime() != null && now.isBefore(claims.getNotBeforeTime().toInstant()))) {
                return refuse(403, "outside nbf/exp");
            }
            Map<String, Object> user = (Map<String, Object>) ((Map<String, Object>) claims.getClaim("context")).get("user");
            if (!(user.get("id") instanceof String id) || !(user.get("name") instanceof String name)
                    || !(user.get("moderator") instanceof String moderator) || !moderator.matches("true|false")) {
                return refuse(403, "context.user " + user);
            }
            entered.add(new Entry(room, id, name, moderator));
            return 200;
        } catch (Exception unreadable) {
            return refuse(401, "unreadable token: " + unreadable);
        }
    }

    private int refuse(int status, String reason) {
        refusals.add(status + " " + reason);
        return status;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
