package ua.fakh.core.users;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** By default nobody is asked for a position or experience: reading says so, saving is refused with 422. */
@MicronautTest(transactional = false)
class ProfileFactsOffIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    ProfileFacts profileFacts;

    @Test
    void factsAreNeitherAskedNorAccepted() {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Центр"), "PROVIDER", null));
        Map<String, Object> person = api.createUser(admin, "Олена", provider, "LEARNER");
        String token = api.login((String) person.get("email"), Api.PASSWORD);

        HttpResponse<Map<String, Object>> own = api.put(token, "/api/me/facts", Map.of("jobPosition", "Соціальна працівниця"));
        HttpResponse<Map<String, Object>> byAdmin = api.put(admin, "/api/users/" + Api.id(person) + "/facts", Map.of("yearsExperience", 3));

        assertThat(profileFacts.enabled()).isFalse();
        assertThat(api.get(token, "/api/me/facts").body()).containsEntry("asked", false);
        assertThat(own.code()).isEqualTo(422);
        assertThat(Api.body(own).get("detail").toString()).contains("не запитує посаду й стаж");
        assertThat(byAdmin.code()).isEqualTo(422);
        assertThat(api.get(admin, "/api/users/" + Api.id(person) + "/facts").body()).containsEntry("asked", false)
                .containsEntry("yearsExperience", null);
        assertThat(profileFacts.of(List.of(Api.id(person)))).isEmpty();
    }
}
