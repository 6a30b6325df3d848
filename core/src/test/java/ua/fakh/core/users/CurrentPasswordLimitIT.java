package ua.fakh.core.users;

import io.micronaut.context.annotation.Property;
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

/** A stolen session must not become a way to guess the password: wrong current passwords are limited per user. */
@MicronautTest(transactional = false)
@Property(name = "fakh.throttle.current-password-failures", value = "3")
class CurrentPasswordLimitIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void guessingTheCurrentPasswordGets429AndEvenTheRightOneWaitsUntilTheWindowEnds() {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID org = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        String token = api.login((String) api.createUser(admin, "Вгадувач", org, "LEARNER").get("email"), Api.PASSWORD);
        String colleague = api.login((String) api.createUser(admin, "Колега", org, "LEARNER").get("email"), Api.PASSWORD);

        for (int i = 0; i < 3; i++) {
            HttpResponse<?> wrong = change(api, token, "guess-" + i);
            assertThat(wrong.code()).isEqualTo(400);
            assertThat(Api.body(wrong).toString()).contains("currentPassword");
        }
        HttpResponse<?> limited = change(api, token, "guess-4");
        assertThat(limited.code()).isEqualTo(429);
        assertThat(limited.getContentType().map(Object::toString)).hasValue("application/problem+json");
        assertThat(Long.parseLong(limited.getHeaders().get("Retry-After"))).isBetween(1L, 900L);
        assertThat(change(api, token, Api.PASSWORD).code()).isEqualTo(429);

        assertThat(change(api, colleague, "colleague-typo").code()).isEqualTo(400);
        assertThat(change(api, colleague, Api.PASSWORD).code()).isEqualTo(200);
    }

    private static HttpResponse<?> change(Api api, String token, String current) {
        return api.post(token, "/api/me/password", Map.of("currentPassword", current, "newPassword", "a-new-password-2026"));
    }
}
