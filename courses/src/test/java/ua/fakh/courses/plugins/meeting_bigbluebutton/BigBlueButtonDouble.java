package ua.fakh.courses.plugins.meeting_bigbluebutton;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.json.JsonMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A BigBlueButton server's API (docs.bigbluebutton.org/development/api) in the test process, as far
 * as Fakh uses it: {@code GET /bigbluebutton/api/{create|join|end}?…&checksum=…}. Every call's
 * checksum is checked as the server does (hash of call name + the query string as sent without the
 * checksum + the shared secret; the hash told by the checksum's length) and a wrong one is answered
 * with BigBlueButton's own {@code FAILED checksumError}. Missing parameters are what the real server
 * refuses too ({@code missingParamMeetingID}…), and every departure from the documented shape is kept
 * in {@link #violations}. It also makes what the server sends Fakh at the end: the Learning
 * Dashboard's analytics report and its HS512 bearer token.
 */
public class BigBlueButtonDouble implements AutoCloseable {
    public static final String SECRET = "8cd8ef52e8e101574e400365b55e11a6"; // a short one, as `bbb-conf --secret` may print
    private static final Map<Integer, String> DIGESTS = Map.of(40, "SHA-1", 64, "SHA-256", 96, "SHA-384", 128, "SHA-512");
    private static final JsonMapper JSON = JsonMapper.createDefault();

    public final List<Call> calls = new CopyOnWriteArrayList<>();
    private boolean closed;
    public final List<String> violations = new CopyOnWriteArrayList<>();
    /** Running meetings by meetingID. */
    public final Map<String, Meeting> meetings = new ConcurrentHashMap<>();
    private final AtomicLong created = new AtomicLong(1_765_000_000_000L);
    private final HttpServer server;

    public BigBlueButtonDouble() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/bigbluebutton/api/", this::serve);
        server.start();
    }

    /** What {@code bbb-conf --secret} prints as URL: {@code http://127.0.0.1:<port>/bigbluebutton/}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/bigbluebutton/";
    }

    public List<Call> callsOf(String name) {
        return calls.stream().filter(c -> c.name().equals(name)).toList();
    }

    private void serve(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String callName = uri.getPath().substring("/bigbluebutton/api/".length());
        String rawQuery = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        Map<String, String> parameters = parse(rawQuery);
        if (!"GET".equals(exchange.getRequestMethod())) {
            violations.add(exchange.getRequestMethod() + " " + callName + ": Fakh's calls are GETs");
        }
        if (!checksumHolds(callName, rawQuery, parameters.get("checksum"))) {
            xml(exchange, failed("checksumError", "You did not pass the checksum security check"));
            return;
        }
        calls.add(new Call(callName, parameters));
        switch (callName) {
            case "create" -> xml(exchange, create(parameters));
            case "join" -> join(exchange, parameters);
            case "end" -> xml(exchange, end(parameters));
            default -> {
                violations.add("unexpected call " + callName);
                xml(exchange, failed("unsupportedRequest", "This request is not supported."));
            }
        }
    }

    /** The server's check: the query as received, less {@code &checksum=…}, hashed with the call name and the secret. */
    private boolean checksumHolds(String callName, String rawQuery, String checksum) {
        if (checksum == null || !DIGESTS.containsKey(checksum.length())) {
            return false;
        }
        String withoutChecksum = rawQuery.replaceFirst("&?checksum=" + checksum + "$", "");
        return checksum.equals(hash(DIGESTS.get(checksum.length()), callName + withoutChecksum + SECRET));
    }

    private String create(Map<String, String> parameters) {
        String meetingId = parameters.get("meetingID");
        if (meetingId == null || meetingId.isBlank()) {
            violations.add("create without meetingID");
            return failed("missingParamMeetingID", "You must specify a meeting ID for the meeting.");
        }
        if (meetingId.length() < 2 || meetingId.length() > 256 || meetingId.contains(",")) {
            violations.add("create: meetingID must be 2-256 characters without commas: " + meetingId);
            return failed("invalidMeetingIdentifier", "Meeting id must be between 2 and 256 characters and not contain commas");
        }
        Meeting existing = meetings.get(meetingId);
        Meeting meeting = existing != null ? existing : meetings.computeIfAbsent(meetingId, id -> {
            long time = created.incrementAndGet();
            Map<String, String> meta = new LinkedHashMap<>();
            parameters.forEach((name, value) -> {
                if (name.startsWith("meta_")) {
                    meta.put(name.substring(5), value);
                }
            });
            return new Meeting(id, hash("SHA-1", id) + "-" + time, parameters.getOrDefault("name", id), meta, time);
        });
        return "<response><returncode>SUCCESS</returncode><meetingID>" + escape(meeting.meetingId()) + "</meetingID>"
                + "<internalMeetingID>" + meeting.internalMeetingId() + "</internalMeetingID><parentMeetingID>bbb-none</parentMeetingID>"
                + "<createTime>" + meeting.createTime() + "</createTime><voiceBridge>70757</voiceBridge><dialNumber>613-555-1234</dialNumber>"
                + "<hasUserJoined>false</hasUserJoined><duration>0</duration><hasBeenForciblyEnded>false</hasBeenForciblyEnded>"
                + (existing != null ? "<messageKey>duplicateWarning</messageKey><message>This conference was already in existence and may currently be in progress.</message>"
                : "<messageKey></messageKey><message></message>")
                + "</response>";
    }

    /** A join the browser follows: the server sends the person on to its client (302) or says why not. */
    private void join(HttpExchange exchange, Map<String, String> parameters) throws IOException {
        if (parameters.get("fullName") == null || parameters.get("fullName").isBlank()) {
            violations.add("join without fullName");
            xml(exchange, failed("missingParamFullName", "You must specify a name for the attendee who will be joining the meeting."));
            return;
        }
        if (!List.of("MODERATOR", "VIEWER").contains(parameters.get("role"))) {
            violations.add("join: role must be MODERATOR or VIEWER: " + parameters.get("role"));
            xml(exchange, failed("invalidRole", "Invalid role"));
            return;
        }
        Meeting meeting = meetings.get(String.valueOf(parameters.get("meetingID")));
        if (meeting == null) {
            xml(exchange, failed("notFound", "We could not find a meeting with that meeting ID - perhaps the meeting is not yet running?"));
            return;
        }
        meeting.joined().add(new Joined(parameters.get("userID"), parameters.get("fullName"), "MODERATOR".equals(parameters.get("role"))));
        exchange.getResponseHeaders().add("Location", "/html5client/join?sessionToken=" + meeting.joined().size());
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private String end(Map<String, String> parameters) {
        String meetingId = parameters.get("meetingID");
        if (meetingId == null) {
            violations.add("end without meetingID");
            return failed("missingParamMeetingID", "You must specify a meeting ID for the meeting.");
        }
        if (meetings.remove(meetingId) == null) {
            return failed("notFound", "We could not find a meeting with that meeting ID - perhaps the meeting is not yet running?");
        }
        return "<response><returncode>SUCCESS</returncode><messageKey>sentEndMeetingRequest</messageKey>"
                + "<message>A request to end the meeting was sent. Please wait a few seconds, and then use the getMeetingInfo or isMeetingRunning API calls to verify that it was ended.</message></response>";
    }

    /**
     * What {@code post_events_analytics_callback} posts for a meeting: payload version 1.0 with the
     * external and internal meeting ids and, per attendee, the joins and leaves of each browser session.
     */
    public static Map<String, Object> analyticsReport(String meetingId, String internalMeetingId, Instant start, Instant finish,
                                                      List<Map<String, Object>> attendees) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("metadata", Map.of("analytics_callback_url", "https://fakh.example/report", "is_breakout", "false"));
        data.put("duration", finish.getEpochSecond() - start.getEpochSecond());
        data.put("start", start.toString().replace("Z", "+00:00"));
        data.put("finish", finish.toString().replace("Z", "+00:00"));
        data.put("attendees", attendees);
        data.put("files", List.of("default.pdf"));
        data.put("polls", List.of());
        return Map.of("version", "1.0", "meeting_id", meetingId, "internal_meeting_id", internalMeetingId, "data", data);
    }

    /** One attendee of the report: {@code stretches} are [join, leave] pairs, one browser session each (a null leave: never seen). */
    public static Map<String, Object> attendee(String extUserId, String name, boolean moderator, List<Instant[]> stretches) {
        List<String> joins = new ArrayList<>();
        List<String> leaves = new ArrayList<>();
        Map<String, Object> sessions = new LinkedHashMap<>();
        int n = 0;
        for (Instant[] stretch : stretches) {
            String internalUser = "w_" + Math.abs(extUserId.hashCode()) + "_" + n++;
            joins.add(stretch[0].toString());
            List<Map<String, Object>> lefts = new ArrayList<>();
            if (stretch[1] != null) {
                leaves.add(stretch[1].toString());
                lefts.add(Map.of("timestamp", stretch[1].toString(), "userid", internalUser, "ext_userid", extUserId, "event", "left"));
            }
            sessions.put(internalUser, Map.of("joins", List.of(Map.of("timestamp", stretch[0].toString(), "userid", internalUser,
                    "ext_userid", extUserId, "event", "join")), "lefts", lefts));
        }
        Map<String, Object> attendee = new LinkedHashMap<>();
        attendee.put("ext_user_id", extUserId);
        attendee.put("name", name);
        attendee.put("moderator", moderator);
        attendee.put("joins", joins);
        attendee.put("leaves", leaves);
        attendee.put("duration", 0);
        attendee.put("recent_talking_time", 0);
        attendee.put("engagement", Map.of("chats", 0, "talks", 0, "raisehand", 0, "emojis", 0, "poll_votes", 0, "talk_time", 0));
        attendee.put("sessions", sessions);
        return attendee;
    }

    public static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code Bearer <JWT>} as the server signs it: HS512 over the shared secret, {@code {"exp": …}}. */
    public static String bearer(String secret, Instant expires) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"HS512\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"exp\":" + expires.getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            String signature = base64.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII)));
            return "Bearer " + header + "." + claims + "." + signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String failed(String key, String message) {
        return "<response><returncode>FAILED</returncode><messageKey>" + key + "</messageKey><message>" + message + "</message></response>";
    }

    private static void xml(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/xml;charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parse(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                parameters.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    static String hash(String digest, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(digest).digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Stops answering; a second call does nothing (a test may take the server away before the class ends). */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.stop(0);
        }
    }

    /** One call that passed the checksum: its name and decoded parameters (checksum included). */
    public record Call(String name, Map<String, String> parameters) {
    }

    public record Meeting(String meetingId, String internalMeetingId, String name, Map<String, String> metadata, long createTime,
                          List<Joined> joined) {
        Meeting(String meetingId, String internalMeetingId, String name, Map<String, String> metadata, long createTime) {
            this(meetingId, internalMeetingId, name, metadata, createTime, new CopyOnWriteArrayList<>());
        }
    }

    public record Joined(String userId, String fullName, boolean moderator) {
    }
}
