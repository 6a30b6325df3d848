package ua.fakh.core.analytics;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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

/** An administrator gives an ANALYST what it may count: on its own, with the account, and never to anyone else. */
@MicronautTest(transactional = false)
class AnalystScopeIT {
    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    String admin;
    UUID oblast;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
    }

    @Test
    void anAdministratorSetsTheWholeInstallationOrOneOrganisationAndTheAnalystSeesItsOwnScope() {
        Map<String, Object> analyst = api.createUser(admin, "Аналітикиня", oblast, "ANALYST");
        String uri = "/api/users/" + Api.id(analyst) + "/analyst-scope";
        String token = api.login((String) analyst.get("email"), Api.PASSWORD);

        assertThat(api.get(admin, uri).body()).containsEntry("set", false);
        assertThat(api.get(token, "/api/analytics/scope").code()).isEqualTo(403);
        assertThat(api.put(admin, uri, Map.of("wholeInstallation", true)).body())
                .containsEntry("set", true).containsEntry("wholeInstallation", true);
        assertThat(api.get(token, "/api/analytics/scope").body()).containsEntry("wholeInstallation", true).containsEntry("names", false);
        Map<String, Object> narrowed = api.put(admin, uri, Map.of("organizationId", oblast.toString())).body();

        assertThat(narrowed).containsEntry("set", true).containsEntry("wholeInstallation", false)
                .containsEntry("organizationId", oblast.toString());
        assertThat(api.get(admin, uri).body()).isEqualTo(narrowed);
        assertThat(api.get(token, "/api/analytics/scope").body()).containsEntry("wholeInstallation", false)
                .containsEntry("organizationId", oblast.toString()).containsEntry("organizationName", narrowed.get("organizationName"))
                .containsEntry("names", false);
        assertThat(api.get(admin, "/api/analytics/scope").body()).containsEntry("wholeInstallation", true).containsEntry("names", true);
    }

    @Test
    void refusesAScopeForSomeoneWhoIsNotAnAnalystForAnUnknownOrganisationAndForBothOrNeither() {
        UUID learner = Api.id(api.createUser(admin, "Слухачка", oblast, "LEARNER"));
        UUID analyst = Api.id(api.createUser(admin, "Аналітик", oblast, "ANALYST"));
        String analystUri = "/api/users/" + analyst + "/analyst-scope";

        HttpResponse<Map<String, Object>> notAnalyst = api.put(admin, "/api/users/" + learner + "/analyst-scope", Map.of("wholeInstallation", true));
        HttpResponse<Map<String, Object>> unknown = api.put(admin, analystUri, Map.of("organizationId", UUID.randomUUID().toString()));
        HttpResponse<Map<String, Object>> both = api.put(admin, analystUri, Map.of("wholeInstallation", true, "organizationId", oblast.toString()));
        HttpResponse<Map<String, Object>> neither = api.put(admin, analystUri, Map.of());

        assertThat(notAnalyst.code()).isEqualTo(422);
        assertThat(notAnalyst.getContentType().map(MediaType::toString)).hasValue("application/problem+json");
        assertThat(fields(notAnalyst)).containsExactly("analystScope");
        assertThat(unknown.code()).isEqualTo(422);
        assertThat(fields(unknown)).containsExactly("analystScope.organizationId");
        assertThat(both.code()).isEqualTo(400);
        assertThat(neither.code()).isEqualTo(400);
        assertThat(fields(neither)).containsExactly("analystScope.wholeInstallation");
        assertThat(api.get(admin, "/api/users/" + learner + "/analyst-scope").code()).isEqualTo(422);
        assertThat(api.get(admin, "/api/users/" + UUID.randomUUID() + "/analyst-scope").code()).isEqualTo(404);
        assertThat(api.get(admin, analystUri).body()).containsEntry("set", false);
    }

    @Test
    void onlyAnAdministratorReadsOrSetsAScope() {
        Map<String, Object> analyst = api.createUser(admin, "Аналітик", oblast, "ANALYST");
        String token = api.login((String) analyst.get("email"), Api.PASSWORD);
        String uri = "/api/users/" + Api.id(analyst) + "/analyst-scope";

        assertThat(api.put(token, uri, Map.of("wholeInstallation", true)).code()).isEqualTo(403);
        assertThat(api.get(token, uri).code()).isEqualTo(403);
        assertThat(api.get(admin, uri).body()).containsEntry("set", false);
    }

    @Test
    void anAnalystIsCreatedWithItsScopeInOneCallAndAWrongCallCreatesNobody() {
        Map<String, Object> created = api.post(admin, "/api/users", newUser("ANALYST", Map.of("organizationId", oblast.toString()))).body();
        String lonelyEmail = Api.unique("nobody") + "@test.fakh";
        Map<String, Object> learnerWithScope = newUser("LEARNER", Map.of("wholeInstallation", true));
        learnerWithScope.put("email", lonelyEmail);
        HttpResponse<Map<String, Object>> refused = api.post(admin, "/api/users", learnerWithScope);
        Map<String, Object> manyWrong = newUser("ANALYST", Map.of("organizationId", UUID.randomUUID().toString()));
        manyWrong.put("email", "not an e-mail");
        HttpResponse<Map<String, Object>> allAtOnce = api.post(admin, "/api/users", manyWrong);

        assertThat(api.get(admin, "/api/users/" + Api.id(created) + "/analyst-scope").body())
                .containsEntry("set", true).containsEntry("organizationId", oblast.toString());
        assertThat(refused.code()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("analystScope");
        assertThat(api.get(admin, "/api/users?q=" + lonelyEmail).body()).containsEntry("totalSize", 0);
        assertThat(allAtOnce.code()).isEqualTo(400);
        assertThat(fields(allAtOnce)).containsExactlyInAnyOrder("email", "analystScope.organizationId");
    }

    @Test
    void takingTheAnalystRoleAwayForgetsTheScopeAndGivingItBackStartsWithNone() {
        UUID analyst = Api.id(api.post(admin, "/api/users", newUser("ANALYST", Map.of("wholeInstallation", true))).body());
        UUID other = Api.id(api.post(admin, "/api/users", newUser("ANALYST", Map.of("wholeInstallation", true))).body());
        String uri = "/api/users/" + analyst + "/analyst-scope";

        assertThat(api.put(admin, "/api/users/" + analyst, Map.of("roles", List.of("LEARNER"))).code()).isEqualTo(200);
        assertThat(api.get(admin, uri).code()).isEqualTo(422);
        assertThat(api.put(admin, "/api/users/" + analyst, Map.of("roles", List.of("ANALYST"))).code()).isEqualTo(200);
        assertThat(api.get(admin, uri).body()).containsEntry("set", false);
        api.post(admin, "/api/users/bulk", Map.of("userIds", List.of(other.toString()), "action", "ADD_ROLE", "role", "LEARNER"));
        api.post(admin, "/api/users/bulk", Map.of("userIds", List.of(other.toString()), "action", "REMOVE_ROLE", "role", "ANALYST"));
        api.post(admin, "/api/users/bulk", Map.of("userIds", List.of(other.toString()), "action", "ADD_ROLE", "role", "ANALYST"));
        assertThat(api.get(admin, "/api/users/" + other + "/analyst-scope").body()).containsEntry("set", false);
        assertThat(api.put(admin, "/api/users/" + analyst, Map.of("analystScope", Map.of("organizationId", oblast.toString()))).code())
                .isEqualTo(200);
        assertThat(api.get(admin, uri).body()).containsEntry("organizationId", oblast.toString());
    }

    @Test
    void aCsvImportMayCreateAnAnalystWhoseScopeIsLeftToAnAdministrator() {
        String email = Api.unique("csv-analyst") + "@test.fakh";
        Map<String, Object> report = api.exchange(Api.authorised(HttpRequest.POST("/api/users/import",
                email + ",Імпортований Аналітик," + oblast + ",ANALYST\n").contentType(MediaType.of("text/csv")), admin)).body();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> invited = (List<Map<String, Object>>) report.get("invited");

        assertThat(report).containsEntry("created", 1);
        assertThat(invited).singleElement().satisfies(person -> {
            assertThat(person.get("roles")).isEqualTo(List.of("ANALYST"));
            assertThat(api.get(admin, "/api/users/" + Api.id(person) + "/analyst-scope").body()).containsEntry("set", false);
        });
    }

    private Map<String, Object> newUser(String role, Map<String, Object> scope) {
        Map<String, Object> body = new HashMap<>(Map.of("email", Api.unique("analyst") + "@test.fakh", "fullName", "Аналітик Партнера",
                "password", Api.PASSWORD, "organizationId", oblast.toString(), "roles", List.of(role)));
        body.put("analystScope", scope);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> fields(HttpResponse<Map<String, Object>> response) {
        return ((List<Map<String, Object>>) Api.body(response).getOrDefault("errors", List.of())).stream().map(e -> e.get("field")).toList();
    }
}
