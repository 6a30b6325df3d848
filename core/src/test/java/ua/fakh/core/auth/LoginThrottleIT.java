package ua.fakh.core.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The test configuration sets the first lock to 2 s, so the whole lock-and-release cycle runs here. */
@MicronautTest(transactional = false)
class LoginThrottleIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void fiveFailuresLockTheAccountWith429AndRetryAfterEvenForTheRightPassword() throws InterruptedException {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID org = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        String email = (String) api.createUser(admin, "Забудькувата", org, "LEARNER").get("email");

        for (int i = 0; i < 5; i++) {
            assertThat(attempt(api, email, "wrong-password-" + i).code()).isEqualTo(401);
        }
        HttpResponse<?> locked = attempt(api, email, Api.PASSWORD);
        assertThat(locked.code()).isEqualTo(429);
        assertThat(locked.getHeaders().get("Retry-After")).isNotNull();
        assertThat(Long.parseLong(locked.getHeaders().get("Retry-After"))).isBetween(1L, 2L);

        Thread.sleep(2_100);
        assertThat(attempt(api, email, Api.PASSWORD).code()).isEqualTo(200);
        String audit = api.get(admin, "/api/audit?size=200").body().get("content").toString();
        assertThat(audit).contains("LOGIN_FAILED", "LOGIN_LOCKED", "LOGIN_OK");
    }

    @Test
    void unknownAccountsLockTheSameWaySoALockRevealsNothing() {
        Api api = new Api(client);
        String email = Api.unique("ghost") + "@test.fakh";
        for (int i = 0; i < 5; i++) {
            assertThat(attempt(api, email, "whatever-password").code()).isEqualTo(401);
        }
        assertThat(attempt(api, email, "whatever-password").code()).isEqualTo(429);
    }

    private static HttpResponse<?> attempt(Api api, String email, String password) {
        return api.exchange(HttpRequest.POST("/login", Map.of("username", email, "password", password)));
    }
}
