package ua.fakh.core.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class RefreshAndLogoutIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void refreshGivesANewAccessTokenUntilLogoutRevokesIt() {
        Api api = new Api(client);
        Map<?, ?> tokens = api.http().retrieve(HttpRequest.POST("/login",
                Map.of("username", Api.ADMIN_EMAIL, "password", Api.ADMIN_PASSWORD)), Map.class);
        String refreshToken = (String) tokens.get("refresh_token");

        HttpResponse<Map<String, Object>> refreshed = refresh(api, refreshToken);
        assertThat(refreshed.code()).isEqualTo(200);
        String newAccess = (String) refreshed.body().get("access_token");
        assertThat(api.get(newAccess, "/api/me").body()).containsEntry("email", Api.ADMIN_EMAIL);

        HttpResponse<?> logout = api.exchange(Api.authorised(HttpRequest.POST("/logout", Map.of("refresh_token", refreshToken)), newAccess));
        assertThat(logout.code()).isEqualTo(204);
        assertThat(refresh(api, refreshToken).code()).isBetween(400, 401);
    }

    @Test
    void aMadeUpRefreshTokenIsRefused() {
        Api api = new Api(client);
        assertThat(refresh(api, "A".repeat(43)).code()).isBetween(400, 401);
        assertThat(refresh(api, "short").code()).isBetween(400, 401);
    }

    private static HttpResponse<Map<String, Object>> refresh(Api api, String token) {
        return api.exchange(HttpRequest.POST("/oauth/access_token", "grant_type=refresh_token&refresh_token=" + token)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED));
    }
}
