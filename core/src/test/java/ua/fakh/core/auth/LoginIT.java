package ua.fakh.core.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class LoginIT {
    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    String admin;
    UUID organization;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        organization = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
    }

    @Test
    void adminLogsInAndSeesOwnRoles() {
        HttpResponse<Map<String, Object>> me = api.get(admin, "/api/me");
        assertThat(me.code()).isEqualTo(200);
        assertThat(me.body()).containsEntry("email", Api.ADMIN_EMAIL);
        assertThat(me.body().get("roles")).isEqualTo(java.util.List.of("ADMIN"));
    }

    @Test
    void loginAnswersBearerTokensWithUsernameAndRoles() {
        HttpResponse<Map<String, Object>> response = api.exchange(HttpRequest.POST("/login",
                Map.of("username", Api.ADMIN_EMAIL, "password", Api.ADMIN_PASSWORD)));
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body()).containsKeys("access_token", "refresh_token", "expires_in")
                .containsEntry("token_type", "Bearer").containsEntry("username", Api.ADMIN_EMAIL);
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSame401() {
        Map<String, Object> user = api.createUser(admin, "Олена Петренко", organization, "LEARNER");
        HttpResponse<?> wrongPassword = api.exchange(HttpRequest.POST("/login",
                Map.of("username", user.get("email"), "password", "not-the-password")));
        HttpResponse<?> unknown = api.exchange(HttpRequest.POST("/login",
                Map.of("username", Api.unique("nobody") + "@test.fakh", "password", "not-the-password")));
        assertThat(wrongPassword.code()).isEqualTo(401);
        assertThat(unknown.code()).isEqualTo(401);
        assertThat(Api.body(wrongPassword)).isEqualTo(Api.body(unknown));
        assertThat(wrongPassword.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/problem+json"));
    }
}
