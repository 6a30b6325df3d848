package ua.fakh.core.users;

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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators' tools on people: bulk actions, role and organization changes, the rules that keep an administrator. */
@MicronautTest(transactional = false)
class UserAdministrationIT {
    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    String admin;
    UUID adminId;
    UUID hromada;
    UUID otherHromada;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        adminId = Api.id(api.get(admin, "/api/me").body());
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        otherHromada = Api.id(api.createOrganization(admin, Api.unique("Інша громада"), "HROMADA", oblast));
    }

    @Test
    @SuppressWarnings("unchecked")
    void bulkActionsChangeEveryoneChosenAndCountWhatHappened() {
        UUID first = Api.id(api.createUser(admin, "Перша Особа", hromada, "LEARNER"));
        UUID second = Api.id(api.createUser(admin, "Друга Особа", hromada, "LEARNER", "HR"));
        List<String> both = List.of(first.toString(), second.toString());

        Map<String, Object> moved = api.post(admin, "/api/users/bulk", Map.of("userIds", both, "action", "MOVE",
                "organizationId", otherHromada.toString())).body();
        Map<String, Object> roleAdded = api.post(admin, "/api/users/bulk", Map.of("userIds", both, "action", "ADD_ROLE",
                "role", "HR")).body();
        Map<String, Object> disabled = api.post(admin, "/api/users/bulk", Map.of("userIds", both, "action", "DISABLE")).body();

        assertThat(moved).containsEntry("changed", 2).containsEntry("unchanged", 0);
        assertThat(roleAdded).containsEntry("changed", 1).containsEntry("unchanged", 1);
        assertThat(disabled).containsEntry("changed", 2);
        Map<String, Object> firstNow = api.get(admin, "/api/users/" + first).body();
        assertThat(firstNow).containsEntry("organizationId", otherHromada.toString()).containsEntry("status", "DISABLED");
        assertThat((List<String>) firstNow.get("roles")).containsExactlyInAnyOrder("LEARNER", "HR");
        assertThat(api.post(admin, "/api/users/bulk", Map.of("userIds", both, "action", "ENABLE")).body())
                .containsEntry("changed", 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBulkActionNeverDisablesOrDemotesTheCallerAndSaysWhyInTheAdministratorsLanguage() {
        UUID learner = Api.id(api.createUser(admin, "Слухачка", hromada, "LEARNER"));

        HttpResponse<Map<String, Object>> disabled = api.post(admin, "/api/users/bulk",
                Map.of("userIds", List.of(adminId.toString(), learner.toString()), "action", "DISABLE"));
        Map<String, Object> demoted = api.post(admin, "/api/users/bulk", Map.of("userIds", List.of(adminId.toString()),
                "action", "REMOVE_ROLE", "role", "ADMIN")).body();

        assertThat(disabled.body()).containsEntry("changed", 1);
        assertThat((List<Map<String, Object>>) disabled.body().get("refused")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("userId", adminId.toString())
                        .containsEntry("message", "Не можна заблокувати власний обліковий запис."));
        assertThat(((List<Map<String, Object>>) demoted.get("refused")).get(0).get("message"))
                .isEqualTo("не можна забрати роль адміністратора в себе");
        assertThat(api.get(admin, "/api/me").code()).isEqualTo(200);
    }

    @Test
    void aBulkActionWithoutWhatItNeedsIsRefusedNamingEveryField() {
        HttpResponse<Map<String, Object>> refused = api.post(admin, "/api/users/bulk", Map.of("userIds", List.of(), "action", "MOVE"));

        assertThat(refused.code()).isEqualTo(400);
        assertThat(Api.body(refused).get("errors").toString()).contains("userIds", "organizationId");
    }

    @Test
    void theApiRefusesDemotingOrDisablingOneself() {
        HttpResponse<Map<String, Object>> demoted = api.put(admin, "/api/users/" + adminId, Map.of("roles", List.of("LEARNER")));
        HttpResponse<Map<String, Object>> disabled = api.post(admin, "/api/users/" + adminId + "/disable", Map.of());

        assertThat(demoted.code()).isEqualTo(400);
        assertThat(Api.body(demoted).get("errors").toString()).contains("roles");
        assertThat(disabled.code()).isEqualTo(409);
        assertThat(api.get(admin, "/api/me").body().get("roles").toString()).contains("ADMIN");
    }

    @Test
    void aRoleChangeEndsTheSessionsOfThePersonChanged() {
        Map<String, Object> user = api.createUser(admin, "Майбутня Кадровичка", hromada, "LEARNER");
        String token = api.login((String) user.get("email"), Api.PASSWORD);

        assertThat(api.put(admin, "/api/users/" + user.get("id"), Map.of("roles", List.of("LEARNER", "HR"),
                "organizationId", otherHromada.toString())).code()).isEqualTo(200);

        assertThat(api.get(token, "/api/me").code()).isEqualTo(401);
        String again = api.login((String) user.get("email"), Api.PASSWORD);
        assertThat(api.get(again, "/api/users?q=x").code()).isEqualTo(200); // HR now
    }

    @Test
    void nonAdministratorsMayNotActInBulk() {
        UUID learner = Api.id(api.createUser(admin, "Слухач", hromada, "LEARNER"));
        String hr = api.login((String) api.createUser(admin, "Кадровик", hromada, "HR").get("email"), Api.PASSWORD);

        HttpResponse<Map<String, Object>> refused = api.post(hr, "/api/users/bulk", Map.of("userIds", List.of(learner.toString()),
                "action", "DISABLE"));

        assertThat(refused.code()).isEqualTo(403);
        assertThat(api.get(admin, "/api/users/" + learner).body()).containsEntry("status", "ACTIVE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void csvImportNamesOrganizationsByEdrpouCodeOrNameAndReportsUnknownAndAmbiguousOnes() {
        String edrpou = Api.newEdrpou();
        String code = Api.unique("CODE");
        String name = Api.unique("Центр соціальних служб");
        String twice = Api.unique("Однакова назва");
        UUID byEdrpou = Api.id(api.post(admin, "/api/organizations", Map.of("name", Api.unique("Центр"), "kind", "PROVIDER",
                "edrpou", edrpou)).body());
        UUID byCode = Api.id(api.post(admin, "/api/organizations", Map.of("name", Api.unique("Відділ"), "kind", "PROVIDER",
                "code", code)).body());
        UUID byName = Api.id(api.createOrganization(admin, name, "PROVIDER", null));
        api.createOrganization(admin, twice, "PROVIDER", null);
        api.createOrganization(admin, twice, "PROVIDER", null);
        String a = Api.unique("a") + "@test.fakh";
        String b = Api.unique("b") + "@test.fakh";
        String c = Api.unique("c") + "@test.fakh";
        String csv = "email,fullName,organization,roles\n"
                + a + ",Анна," + edrpou + ",LEARNER\n"
                + b + ",Богдан," + code + ",LEARNER\n"
                + c + ",Віра,\"" + name + "\",LEARNER\n"
                + Api.unique("d") + "@test.fakh,Галина," + twice + ",LEARNER\n"
                + Api.unique("e") + "@test.fakh,Дмитро,Немає такої,LEARNER\n"
                + "not-an-email,,Немає такої,PILOT\n";

        HttpResponse<Map<String, Object>> report = api.exchange(Api.authorised(HttpRequest.POST("/api/users/import", csv)
                .contentType(MediaType.of("text/csv")).header("Accept-Language", "uk"), admin));

        assertThat(report.body()).containsEntry("created", 3);
        assertThat(api.get(admin, "/api/users?q=" + a).body().get("content").toString()).contains(byEdrpou.toString());
        assertThat(api.get(admin, "/api/users?q=" + b).body().get("content").toString()).contains(byCode.toString());
        assertThat(api.get(admin, "/api/users?q=" + c).body().get("content").toString()).contains(byName.toString());
        List<Map<String, Object>> errors = (List<Map<String, Object>>) report.body().get("errors");
        assertThat(errors).filteredOn(e -> e.get("line").equals(5)).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("field", "organization")
                        .containsEntry("message", "таку назву мають кілька організацій: вкажіть ЄДРПОУ або код"));
        assertThat(errors).filteredOn(e -> e.get("line").equals(6)).singleElement()
                .satisfies(e -> assertThat(e.get("message")).isEqualTo("немає організації з таким ЄДРПОУ, кодом чи назвою"));
        // every column of a bad row at once
        assertThat(errors).filteredOn(e -> e.get("line").equals(7)).extracting(e -> e.get("field"))
                .containsExactlyInAnyOrder("email", "fullName", "organization", "roles");
    }
}
