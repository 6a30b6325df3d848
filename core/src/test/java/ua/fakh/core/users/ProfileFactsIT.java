package ua.fakh.core.users;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** With profile facts switched on: a person gives their position and experience; only they and administrators see them. */
@MicronautTest(transactional = false)
@Property(name = "fakh.profile-facts.enabled", value = "true")
class ProfileFactsIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    ProfileFacts profileFacts;

    Api api;
    String admin;
    UUID learner;
    String learnerToken;
    UUID institution;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        institution = Api.id(api.createOrganization(admin, Api.unique("Центр"), "INSTITUTION", oblast));
        Map<String, Object> person = api.createUser(admin, "Олена Соцпрацівниця", institution, "LEARNER");
        learner = Api.id(person);
        learnerToken = api.login((String) person.get("email"), Api.PASSWORD);
    }

    @Test
    void aPersonGivesTheirOwnFactsAndReadsThemBack() {
        assertThat(api.get(learnerToken, "/api/me/facts").body()).containsEntry("asked", true).containsEntry("jobPosition", null);

        HttpResponse<Map<String, Object>> saved = api.put(learnerToken, "/api/me/facts",
                Map.of("jobPosition", "  Фахівчиня із соціальної роботи ", "yearsExperience", 7));

        assertThat(saved.code()).isEqualTo(200);
        assertThat(api.get(learnerToken, "/api/me/facts").body()).containsEntry("jobPosition", "Фахівчиня із соціальної роботи")
                .containsEntry("yearsExperience", 7);
        assertThat(profileFacts.of(List.of(learner, UUID.randomUUID()))).containsOnlyKeys(learner)
                .containsEntry(learner, new PersonFacts("Фахівчиня із соціальної роботи", 7));
        assertThat(api.get(admin, "/api/audit?action=USER_PROFILE_FACTS_CHANGED&size=50").body().get("content").toString())
                .contains(learner.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTooLongPositionAndImpossibleYearsAreRefusedTogether() {
        HttpResponse<Map<String, Object>> refused = api.put(learnerToken, "/api/me/facts",
                Map.of("jobPosition", "п".repeat(201), "yearsExperience", 71));
        HttpResponse<Map<String, Object>> negative = api.put(learnerToken, "/api/me/facts", Map.of("yearsExperience", -1));

        assertThat(refused.code()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) Api.body(refused).get("errors")).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("jobPosition", "yearsExperience");
        assertThat(Api.body(refused).get("errors").toString()).contains("не більше 200", "не більше 70");
        assertThat(negative.code()).isEqualTo(400);
        assertThat(api.get(learnerToken, "/api/me/facts").body()).containsEntry("yearsExperience", null);
    }

    @Test
    void bothFactsAreTakenAsGivenSoAnAbsentOneIsCleared() {
        api.put(learnerToken, "/api/me/facts", Map.of("jobPosition", "Соціальна працівниця", "yearsExperience", 3));

        api.put(learnerToken, "/api/me/facts", Map.of("yearsExperience", 4));

        assertThat(api.get(learnerToken, "/api/me/facts").body()).containsEntry("jobPosition", null).containsEntry("yearsExperience", 4);
    }

    @Test
    void administratorsReadAndChangeAnyonesFactsAndNobodyElseDoes() {
        api.put(learnerToken, "/api/me/facts", Map.of("jobPosition", "Психологиня", "yearsExperience", 12));
        String colleague = api.login((String) api.createUser(admin, "Колега", institution, "LEARNER").get("email"), Api.PASSWORD);
        String hr = api.login((String) api.createUser(admin, "Кадровичка", institution, "HR").get("email"), Api.PASSWORD);
        String trainer = api.login((String) api.createUser(admin, "Тренерка", institution, "TRAINER").get("email"), Api.PASSWORD);
        Map<String, Object> change = new HashMap<>(Map.of("jobPosition", "Керівниця центру"));

        assertThat(api.get(admin, "/api/users/" + learner + "/facts").body()).containsEntry("jobPosition", "Психологиня");
        assertThat(api.put(admin, "/api/users/" + learner + "/facts", change).body()).containsEntry("jobPosition", "Керівниця центру")
                .containsEntry("yearsExperience", null);
        for (String other : List.of(colleague, hr, trainer)) {
            assertThat(api.get(other, "/api/users/" + learner + "/facts").code()).isEqualTo(403);
            assertThat(api.put(other, "/api/users/" + learner + "/facts", change).code()).isEqualTo(403);
        }
        Map<String, Object> seenByHr = api.get(hr, "/api/users/" + learner).body();
        assertThat(seenByHr).containsKey("fullName").doesNotContainKeys("jobPosition", "yearsExperience");
        assertThat(api.get(admin, "/api/users/" + UUID.randomUUID() + "/facts").code()).isEqualTo(404);
        assertThat(profileFacts.enabled()).isTrue();
    }
}
