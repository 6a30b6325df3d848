package ua.fakh.core.organizations;

import io.micronaut.http.HttpResponse;
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

@MicronautTest(transactional = false)
class OrganizationsIT {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Organizations organizations;

    Api api;
    String admin;
    UUID oblast;
    UUID hromada;
    UUID institution;
    UUID otherHromada;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        oblast = Api.id(api.createOrganization(admin, Api.unique("Харківська область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Чугуївська міська громада"), "HROMADA", oblast));
        institution = Api.id(api.createOrganization(admin, Api.unique("Центр надання соціальних послуг"), "INSTITUTION", hromada));
        otherHromada = Api.id(api.createOrganization(admin, Api.unique("Малинівська селищна громада"), "HROMADA", oblast));
    }

    @Test
    void adminBuildsTheTreeWithBothLanguagesAndEdrpou() {
        String edrpou = Api.newEdrpou();
        HttpResponse<Map<String, Object>> created = api.post(admin, "/api/organizations", Map.of(
                "name", "Регіональний навчальний центр", "nameEn", "Regional training centre",
                "kind", "PROVIDER", "edrpou", edrpou));
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body()).containsEntry("name", "Регіональний навчальний центр")
                .containsEntry("nameEn", "Regional training centre").containsEntry("edrpou", edrpou);
        List<?> children = (List<?>) api.get(admin, "/api/organizations?parentId=" + oblast).body().get("content");
        assertThat(children).hasSize(2);
    }

    @Test
    void subtreeQuestionIsAnsweredInOnePlace() {
        assertThat(organizations.isWithin(institution, oblast)).isTrue();
        assertThat(organizations.isWithin(institution, hromada)).isTrue();
        assertThat(organizations.isWithin(institution, institution)).isTrue();
        assertThat(organizations.isWithin(institution, otherHromada)).isFalse();
        assertThat(organizations.isWithin(oblast, hromada)).isFalse();
        assertThat(organizations.subtree(hromada)).extracting(OrganizationView::id).containsExactly(hromada, institution);
    }

    @Test
    void refusesKindsInTheWrongPlace() {
        assertThat(api.post(admin, "/api/organizations", Map.of("name", "Громада без області", "kind", "HROMADA")).code())
                .isEqualTo(400);
        assertThat(api.post(admin, "/api/organizations", Map.of("name", "Область в громаді", "kind", "OBLAST",
                "parentId", hromada.toString())).code()).isEqualTo(400);
        assertThat(api.post(admin, "/api/organizations", Map.of("name", "X", "kind", "INSTITUTION",
                "parentId", UUID.randomUUID().toString())).code()).isEqualTo(400);
    }

    @Test
    void refusesAnEdrpouWithAWrongCheckDigit() {
        HttpResponse<Map<String, Object>> response = api.post(admin, "/api/organizations",
                Map.of("name", "Провайдер", "kind", "PROVIDER", "edrpou", "14360571"));
        assertThat(response.code()).isEqualTo(400);
        assertThat(Api.body(response).get("errors").toString()).contains("edrpou");
        assertThat(api.post(admin, "/api/organizations", Map.of("name", "Провайдер", "kind", "PROVIDER", "edrpou", "123"))
                .code()).isEqualTo(400);
    }

    @Test
    void hrSeesItsSubtreeAndNothingElse() {
        String hr = tokenOf(api.createUser(admin, "Марія Коваль", hromada, "HR"));
        assertThat(api.get(hr, "/api/organizations/" + institution).code()).isEqualTo(200);
        assertThat(api.get(hr, "/api/organizations/" + hromada).code()).isEqualTo(200);
        assertThat(api.get(hr, "/api/organizations/" + otherHromada).code()).isEqualTo(403);
        assertThat(api.get(hr, "/api/organizations/" + oblast).code()).isEqualTo(403);
        assertThat(api.get(hr, "/api/organizations/" + hromada + "/subtree").code()).isEqualTo(200);
        assertThat(api.get(hr, "/api/organizations/" + oblast + "/subtree").code()).isEqualTo(403);
    }

    @Test
    void learnerSeesOwnOrganizationButMayNotCreateOne() {
        String learner = tokenOf(api.createUser(admin, "Іван Шевченко", institution, "LEARNER"));
        assertThat(api.get(learner, "/api/organizations/" + institution).code()).isEqualTo(200);
        assertThat(api.get(learner, "/api/organizations/" + hromada).code()).isEqualTo(403);
        HttpResponse<?> refused = api.post(learner, "/api/organizations", Map.of("name", "X", "kind", "OBLAST"));
        assertThat(refused.code()).isEqualTo(403);
        assertThat(refused.getContentType().map(Object::toString)).hasValue("application/problem+json");
    }

    @Test
    void adminRenamesAndTheChangeIsAudited() {
        HttpResponse<Map<String, Object>> renamed = api.put(admin, "/api/organizations/" + hromada,
                Map.of("name", "Чугуївська міська територіальна громада", "kind", "HROMADA"));
        assertThat(renamed.code()).isEqualTo(200);
        assertThat(renamed.body()).containsEntry("name", "Чугуївська міська територіальна громада");
        List<?> audit = (List<?>) api.get(admin, "/api/audit?action=ORGANIZATION_UPDATED&size=200").body().get("content");
        assertThat(audit.toString()).contains(hromada.toString());
    }

    @Test
    void searchFindsCyrillicCaseInsensitively() {
        String name = Api.unique("Зміївська ТЕРИТОРІАЛЬНА громада");
        api.createOrganization(admin, name, "HROMADA", oblast);
        List<?> found = (List<?>) api.get(admin, "/api/organizations?q=" + java.net.URLEncoder.encode(
                name.toLowerCase(java.util.Locale.ROOT).substring(0, name.length() - 3), java.nio.charset.StandardCharsets.UTF_8))
                .body().get("content");
        assertThat(found).hasSize(1);
    }

    private String tokenOf(Map<String, Object> user) {
        return api.login((String) user.get("email"), Api.PASSWORD);
    }
}
