package ua.fakh.core.auth;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.notifications.NoticeKind;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.TestMailbox;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Access follows the database at once: every ended session is refused on its very next request. */
@MicronautTest(transactional = false)
@Property(name = "fakh.test.mailbox", value = "true")
@Property(name = "fakh.notifications.send", value = "false")
class SessionsEndIT {
    @Inject
    TestMailbox mailbox;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    Api api;
    String admin;
    UUID hromada;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        hromada = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
    }

    @Test
    void signingOutThroughTheApiEndsEveryAccessAndRefreshTokenOfTheUser() {
        String email = (String) api.createUser(admin, "Вихідна", hromada, "LEARNER").get("email");
        Map<?, ?> phone = login(email, Api.PASSWORD);
        Map<?, ?> laptop = login(email, Api.PASSWORD);

        HttpResponse<?> logout = api.exchange(Api.authorised(HttpRequest.POST("/logout", Map.of()), access(laptop)));

        assertThat(logout.code()).isEqualTo(204);
        assertThat(api.get(access(laptop), "/api/me").code()).isEqualTo(401);
        assertThat(api.get(access(phone), "/api/me").code()).isEqualTo(401);
        assertThat(refresh(refreshToken(phone)).code()).isBetween(400, 401);
        assertThat(api.get(access(login(email, Api.PASSWORD)), "/api/me").code()).isEqualTo(200);
    }

    @Test
    void aPasswordChangeEndsEveryOtherSessionAndKeepsTheCurrentOne() {
        String email = (String) api.createUser(admin, "Нове гасло", hromada, "LEARNER").get("email");
        Map<?, ?> other = login(email, Api.PASSWORD);
        Map<?, ?> current = login(email, Api.PASSWORD);

        HttpResponse<Map<String, Object>> changed = api.post(access(current), "/api/me/password",
                Map.of("currentPassword", Api.PASSWORD, "newPassword", "a-brand-new-password"));

        assertThat(changed.code()).isEqualTo(200);
        String renewed = (String) changed.body().get("access_token");
        assertThat(api.get(renewed, "/api/me").body()).containsEntry("email", email);
        assertThat(refresh((String) changed.body().get("refresh_token")).code()).isEqualTo(200);
        assertThat(api.get(access(current), "/api/me").code()).isEqualTo(401);
        assertThat(api.get(access(other), "/api/me").code()).isEqualTo(401);
        assertThat(refresh(refreshToken(other)).code()).isBetween(400, 401);
    }

    @Test
    void aPasswordSetThroughAnAdministratorsResetLinkEndsTheUsersSessions() {
        Map<String, Object> user = api.createUser(admin, "Забудькувата", hromada, "LEARNER");
        String token = access(login((String) user.get("email"), Api.PASSWORD));

        assertThat(api.post(admin, "/api/users/" + user.get("id") + "/password-reset", Map.of()).code()).isEqualTo(202);
        assertThat(api.get(token, "/api/me").code()).as("nothing ends until the link is used").isEqualTo(200);
        String link = TestMailbox.token(mailbox.to(Api.id(user), NoticeKind.PASSWORD_RESET).get(0));
        assertThat(api.exchange(HttpRequest.POST("/api/password/reset", Map.of("token", link, "password", "a-brand-new-password")))
                .code()).isEqualTo(204);

        assertThat(api.get(token, "/api/me").code()).isEqualTo(401);
    }

    @Test
    void aRoleChangeEndsTheUsersSessions() {
        Map<String, Object> user = api.createUser(admin, "Колишня адміністраторка", hromada, "ADMIN", "LEARNER");
        String token = access(login((String) user.get("email"), Api.PASSWORD));
        assertThat(api.get(token, "/api/audit").code()).isEqualTo(200);

        assertThat(api.put(admin, "/api/users/" + user.get("id"), Map.of("roles", List.of("LEARNER"))).code()).isEqualTo(200);

        assertThat(api.get(token, "/api/audit").code()).isEqualTo(401);
        String again = access(login((String) user.get("email"), Api.PASSWORD));
        assertThat(api.get(again, "/api/audit").code()).isEqualTo(403);
    }

    @Test
    void aDisabledAdministratorIsRefusedOnTheNextRequestToEveryAdministratorRoute() {
        Map<String, Object> other = api.createUser(admin, "Звільнена адміністраторка", hromada, "ADMIN");
        String token = access(login((String) other.get("email"), Api.PASSWORD));
        for (String uri : List.of("/api/audit", "/api/organizations", "/api/plugins")) {
            assertThat(api.get(token, uri).code()).as(uri).isEqualTo(200);
        }

        assertThat(api.post(admin, "/api/users/" + other.get("id") + "/disable", Map.of()).code()).isEqualTo(200);

        for (String uri : List.of("/api/audit", "/api/organizations", "/api/plugins", "/api/users")) {
            assertThat(api.get(token, uri).code()).as(uri).isEqualTo(401);
        }
        assertThat(api.post(token, "/api/organizations", Map.of("name", Api.unique("Ні"), "kind", "OBLAST")).code())
                .isEqualTo(401);
    }

    /** Roles taken away outside Fakh (a database administrator, another node) count without any new token. */
    @Test
    void routeRolesFollowTheDatabaseNotTheToken() throws Exception {
        Map<String, Object> user = api.createUser(admin, "Тимчасова адміністраторка", hromada, "ADMIN", "LEARNER");
        String token = access(login((String) user.get("email"), Api.PASSWORD));
        assertThat(api.get(token, "/api/audit").code()).isEqualTo(200);

        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM user_roles WHERE user_id = ? AND role = 'ADMIN'")) {
            delete.setObject(1, Api.id(user));
            assertThat(delete.executeUpdate()).isEqualTo(1);
        }

        assertThat(api.get(token, "/api/audit").code()).isEqualTo(403);
        assertThat(api.get(token, "/api/me").body()).containsEntry("roles", List.of("LEARNER"));
    }

    @Test
    void eachRefreshAnswersWithANewRefreshTokenAndTheUsedOneIsSpent() {
        String email = (String) api.createUser(admin, "Оновлювачка", hromada, "LEARNER").get("email");
        String first = refreshToken(login(email, Api.PASSWORD));

        HttpResponse<Map<String, Object>> refreshed = refresh(first);

        assertThat(refreshed.code()).isEqualTo(200);
        String second = (String) refreshed.body().get("refresh_token");
        assertThat(second).isNotBlank().isNotEqualTo(first);
        assertThat(api.get((String) refreshed.body().get("access_token"), "/api/me").code()).isEqualTo(200);
        assertThat(refresh(second).code()).isEqualTo(200);
    }

    @Test
    void aReusedRefreshTokenRevokesItsWholeFamilyButNotOtherLogins() {
        String email = (String) api.createUser(admin, "Вкрадений токен", hromada, "LEARNER").get("email");
        String stolen = refreshToken(login(email, Api.PASSWORD));
        String otherDevice = refreshToken(login(email, Api.PASSWORD));
        String successor = (String) refresh(stolen).body().get("refresh_token");

        assertThat(refresh(stolen).code()).isBetween(400, 401);

        assertThat(refresh(successor).code()).isBetween(400, 401);
        assertThat(refresh(otherDevice).code()).isEqualTo(200);
    }

    private Map<?, ?> login(String email, String password) {
        return api.http().retrieve(HttpRequest.POST("/login", Map.of("username", email, "password", password)), Map.class);
    }

    private HttpResponse<Map<String, Object>> refresh(String refreshToken) {
        return api.exchange(HttpRequest.POST("/oauth/access_token", "grant_type=refresh_token&refresh_token=" + refreshToken)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED));
    }

    private static String access(Map<?, ?> tokens) {
        return (String) tokens.get("access_token");
    }

    private static String refreshToken(Map<?, ?> tokens) {
        return (String) tokens.get("refresh_token");
    }
}
