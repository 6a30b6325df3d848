package ua.fakh.core.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drives the real HTTP API in tests: logs people in, creates organizations and users with unique
 * names (so the suites also run against one shared PostgreSQL database), and returns problem
 * responses instead of throwing, so tests can assert on status and body.
 */
public final class Api {
    public static final String ADMIN_EMAIL = "admin@test.fakh";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String PASSWORD = "correct-horse-battery";
    /** A password a test gives a new user to replace it later with {@link #setOwnPassword}. */
    public static final String ONE_TIME_PASSWORD = "one-time-password-from-admin";

    private final BlockingHttpClient http;

    public Api(HttpClient client) {
        this.http = client.toBlocking();
    }

    public BlockingHttpClient http() {
        return http;
    }

    public String login(String email, String password) {
        Map<?, ?> body = http.retrieve(HttpRequest.POST("/login", Map.of("username", email, "password", password)), Map.class);
        return (String) body.get("access_token");
    }

    public String adminToken() {
        return login(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A valid EDRPOU code that no other organization has yet (EDRPOUs are unique, and the suites may
     * share one PostgreSQL database): random first seven digits and the matching check digit.
     */
    public static String newEdrpou() {
        java.util.Random random = new java.util.Random();
        while (true) {
            String start = String.format("%07d", random.nextInt(10_000_000));
            for (int last = 0; last < 10; last++) {
                if (ua.fakh.core.organizations.Edrpou.isValid(start + last)) {
                    return start + last;
                }
            }
        }
    }

    public Map<String, Object> createOrganization(String token, String name, String kind, UUID parentId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "kind", kind));
        if (parentId != null) {
            body.put("parentId", parentId.toString());
        }
        return post(token, "/api/organizations", body).body();
    }

    /**
     * Creates a user with {@link #PASSWORD} and returns its JSON; the e-mail is unique per call. A
     * password given to {@code POST /api/users} (as scripts do) is the account's own: no invitation goes
     * out and the person signs in with it and uses everything their roles allow.
     */
    public Map<String, Object> createUser(String token, String fullName, UUID organizationId, String... roles) {
        String email = unique("user") + "@test.fakh";
        return post(token, "/api/users", Map.of("email", email, "fullName", fullName, "password", PASSWORD,
                "organizationId", organizationId.toString(), "roles", List.of(roles))).body();
    }

    /** Signs in with {@code oneTimePassword} and replaces it; {@code POST /api/me/password} answers 200 with fresh tokens. */
    public void setOwnPassword(String email, String oneTimePassword, String ownPassword) {
        HttpResponse<?> changed = post(login(email, oneTimePassword), "/api/me/password",
                Map.of("currentPassword", oneTimePassword, "newPassword", ownPassword));
        if (changed.code() != 200) {
            throw new IllegalStateException("Setting the password of " + email + " answered " + changed.code());
        }
    }

    public HttpResponse<Map<String, Object>> get(String token, String uri) {
        return exchange(authorised(HttpRequest.GET(uri), token));
    }

    public HttpResponse<Map<String, Object>> post(String token, String uri, Object body) {
        return exchange(authorised(HttpRequest.POST(uri, body), token));
    }

    public HttpResponse<Map<String, Object>> put(String token, String uri, Object body) {
        return exchange(authorised(HttpRequest.PUT(uri, body), token));
    }

    public HttpResponse<Map<String, Object>> exchange(MutableHttpRequest<?> request) {
        try {
            return http.exchange(request, Argument.mapOf(String.class, Object.class));
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<Map<String, Object>> response = (HttpResponse<Map<String, Object>>) e.getResponse();
            return response;
        }
    }

    /** The response body as a map, also for error responses (problem+json). */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> body(HttpResponse<?> response) {
        return response.getBody(Argument.mapOf(String.class, Object.class)).orElse(Map.of());
    }

    public static <T extends MutableHttpRequest<?>> T authorised(T request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        return request;
    }

    public static UUID id(Map<String, Object> json) {
        return UUID.fromString((String) json.get("id"));
    }
}
