package ua.fakh.core.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.errors.AccountDisabledException;
import ua.fakh.core.testing.Api;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DisabledAccountLoginIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aDisabledAccountIsNamedOnlyToWhoeverKnowsItsPassword() {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID org = Api.id(api.createOrganization(admin, Api.unique("Центр"), "PROVIDER", null));
        Map<String, Object> user = api.createUser(admin, "Заблокована Особа", org, "LEARNER");
        api.post(admin, "/api/users/" + user.get("id") + "/disable", Map.of());
        HttpResponse<Map<String, Object>> right = login(api, user.get("email"), Api.PASSWORD, "en");
        assertThat(right.code()).isEqualTo(403);
        assertThat(right.getContentType().orElseThrow().toString()).isEqualTo("application/problem+json");
        assertThat(right.body()).containsEntry("type", AccountDisabledException.TYPE)
                .containsEntry("detail", "This account is disabled. Ask your administrator to enable it.");
        assertThat(login(api, user.get("email"), Api.PASSWORD, "uk").body().get("detail").toString())
                .startsWith("Цей обліковий запис заблоковано");

        HttpResponse<Map<String, Object>> wrong = login(api, user.get("email"), "not-the-password", "en");
        HttpResponse<Map<String, Object>> unknown = login(api, Api.unique("nobody") + "@test.fakh", "not-the-password", "en");
        assertThat(wrong.code()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContainEntry("type", AccountDisabledException.TYPE)
                .containsEntry("detail", "The e-mail or the password is wrong.");
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    private static HttpResponse<Map<String, Object>> login(Api api, Object email, String password, String language) {
        return api.exchange(HttpRequest.POST("/login", Map.of("username", email, "password", password))
                .header("Accept-Language", language));
    }
}
