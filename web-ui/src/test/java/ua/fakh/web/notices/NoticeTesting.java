package ua.fakh.web.notices;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import ua.fakh.core.testing.Api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the notice tests share: people in a chosen language, and reading one's own records. */
final class NoticeTesting {
    private NoticeTesting() {
    }

    /** A user of {@code organization} whose language is {@code locale}; returns the user's JSON with its {@code token}. */
    static Map<String, Object> person(Api api, String admin, String fullName, UUID organization, String locale, String... roles) {
        String email = Api.unique("notice") + "@test.fakh";
        Map<String, Object> user = new java.util.HashMap<>(api.post(admin, "/api/users", Map.of("email", email, "fullName", fullName,
                "password", Api.PASSWORD, "organizationId", organization.toString(), "roles", List.of(roles),
                "locale", locale)).body());
        user.put("token", api.login(email, Api.PASSWORD));
        return user;
    }

    static UUID idOf(Api api, String token) {
        return Api.id(api.get(token, "/api/me").body());
    }

    static List<Map<String, Object>> certificatesOf(Api api, String token) {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** The path of an absolute link of Fakh ({@code http://localhost:8080/courses/…} → {@code /courses/…}). */
    static String path(String link) {
        return link.replaceFirst("^https?://[^/]+", "");
    }
}
