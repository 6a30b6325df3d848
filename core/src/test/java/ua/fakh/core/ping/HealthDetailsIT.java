package ua.fakh.core.ping;

import io.micronaut.http.HttpRequest;
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

/** {@code /health} tells everyone whether Fakh is up, and only administrators what it runs on. */
@MicronautTest(transactional = false)
class HealthDetailsIT {
    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
    }

    @Test
    void anonymousCallersGetTheStatusOnly() {
        Map<String, Object> health = api.get(null, "/health").body();

        assertThat(health).containsEntry("status", "UP");
        assertThat(health.get("details")).isNull();
    }

    @Test
    void signedInPeopleOtherThanAdministratorsGetTheStatusOnly() {
        UUID organization = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        String learner = api.login((String) api.createUser(admin, "Цікава Учасниця", organization, "LEARNER").get("email"), Api.PASSWORD);

        Map<String, Object> health = api.get(learner, "/health").body();

        assertThat(health).containsEntry("status", "UP");
        assertThat(health.get("details")).isNull();
    }

    @Test
    void administratorsGetTheDetails() {
        Map<String, Object> health = api.exchange(Api.authorised(HttpRequest.GET("/health"), admin)).body();

        assertThat(health).containsEntry("status", "UP").containsKey("details");
        assertThat(health.get("details").toString()).contains("jdbc");
    }
}
