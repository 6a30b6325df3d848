package ua.fakh.core.organizations;

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

/** Administrators rename, re-code and move organizations; the tree never gets a circle or a duplicate EDRPOU. */
@MicronautTest(transactional = false)
class OrganizationEditingIT {
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
    UUID inner;
    UUID otherHromada;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        oblast = Api.id(api.createOrganization(admin, Api.unique("Полтавська область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Кременчуцька громада"), "HROMADA", oblast));
        institution = Api.id(api.createOrganization(admin, Api.unique("Центр соцпослуг"), "INSTITUTION", hromada));
        inner = Api.id(api.createOrganization(admin, Api.unique("Відділення"), "INSTITUTION", institution));
        otherHromada = Api.id(api.createOrganization(admin, Api.unique("Горішньоплавнівська громада"), "HROMADA", oblast));
    }

    @Test
    void movingAnOrganizationTakesEverythingBelowItAlong() {
        HttpResponse<Map<String, Object>> moved = api.post(admin, "/api/organizations/" + institution + "/move",
                Map.of("parentId", otherHromada.toString()));

        assertThat(moved.code()).isEqualTo(200);
        assertThat(moved.body()).containsEntry("parentId", otherHromada.toString());
        assertThat(organizations.isWithin(inner, otherHromada)).isTrue();
        assertThat(organizations.isWithin(inner, hromada)).isFalse();
        assertThat(organizations.subtree(otherHromada)).extracting(OrganizationView::id).containsExactly(otherHromada, institution, inner);
        assertThat(api.get(admin, "/api/audit?action=ORGANIZATION_MOVED&size=200").body().get("content").toString())
                .contains(institution.toString());
    }

    @Test
    void aMoveThroughTheEditFormWorksToo() {
        HttpResponse<Map<String, Object>> moved = api.put(admin, "/api/organizations/" + institution, Map.of(
                "name", "Центр соціальних послуг", "kind", "INSTITUTION", "parentId", otherHromada.toString(), "code", Api.unique("CSP")));

        assertThat(moved.code()).isEqualTo(200);
        assertThat(organizations.isWithin(inner, otherHromada)).isTrue();
    }

    @Test
    void aMoveIntoItselfOrBelowItselfIsRefused() {
        HttpResponse<Map<String, Object>> intoChild = api.post(admin, "/api/organizations/" + institution + "/move",
                Map.of("parentId", inner.toString()));
        HttpResponse<Map<String, Object>> intoItself = api.post(admin, "/api/organizations/" + institution + "/move",
                Map.of("parentId", institution.toString()));

        assertThat(intoChild.code()).isEqualTo(400);
        assertThat(Api.body(intoChild).get("errors").toString()).contains("parentId");
        assertThat(intoItself.code()).isEqualTo(400);
        assertThat(organizations.isWithin(inner, hromada)).isTrue();
    }

    @Test
    void aMoveToAPlaceItsKindMayNotBeIsRefusedInTheAdministratorsLanguage() {
        HttpResponse<Map<String, Object>> hromadaToTop = api.post(admin, "/api/organizations/" + hromada + "/move", new HashMap<>());
        HttpResponse<Map<String, Object>> hromadaIntoInstitution = api.post(admin, "/api/organizations/" + hromada + "/move",
                Map.of("parentId", institution.toString()));

        assertThat(hromadaToTop.code()).isEqualTo(400);
        assertThat(Api.body(hromadaToTop).get("errors").toString()).contains("організацію цього типу треба розмістити всередині іншої");
        assertThat(hromadaIntoInstitution.code()).isEqualTo(400);
        assertThat(Api.body(hromadaIntoInstitution).get("errors").toString()).contains("parentId");
    }

    @Test
    void aDuplicateEdrpouOrCodeIsRefusedWith422NamingTheField() {
        String edrpou = Api.newEdrpou();
        String code = Api.unique("KREM");
        assertThat(api.put(admin, "/api/organizations/" + institution, Map.of("name", "Центр", "kind", "INSTITUTION",
                "edrpou", edrpou, "code", code)).code()).isEqualTo(200);

        HttpResponse<Map<String, Object>> duplicate = api.put(admin, "/api/organizations/" + otherHromada, Map.of(
                "name", "Громада", "kind", "HROMADA", "edrpou", edrpou));
        HttpResponse<Map<String, Object>> created = api.post(admin, "/api/organizations", Map.of(
                "name", "Нова", "kind", "PROVIDER", "code", code));

        assertThat(duplicate.code()).isEqualTo(422);
        assertThat(Api.body(duplicate).get("errors").toString()).contains("edrpou", "інша організація вже має цей код ЄДРПОУ");
        assertThat(created.code()).isEqualTo(422);
        assertThat(Api.body(created).get("errors").toString()).contains("code");
        // its own EDRPOU and code are no duplicates of themselves
        assertThat(api.put(admin, "/api/organizations/" + institution, Map.of("name", "Центр 2", "kind", "INSTITUTION",
                "edrpou", edrpou, "code", code)).code()).isEqualTo(200);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyWrongFieldIsReportedAtOnce() {
        HttpResponse<Map<String, Object>> refused = api.post(admin, "/api/organizations", Map.of(
                "name", "", "kind", "HROMADA", "edrpou", "14360571", "code", "з пробілом"));

        assertThat(refused.code()).isEqualTo(400);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) Api.body(refused).get("errors");
        assertThat(errors).extracting(e -> e.get("field")).contains("name", "edrpou", "code", "parentId");
    }

    @Test
    void onlyAdministratorsEditOrMove() {
        String hr = api.login((String) api.createUser(admin, "Кадровичка", hromada, "HR").get("email"), Api.PASSWORD);

        assertThat(api.post(hr, "/api/organizations/" + institution + "/move", Map.of("parentId", otherHromada.toString())).code())
                .isEqualTo(403);
        assertThat(api.put(hr, "/api/organizations/" + institution, Map.of("name", "Чуже", "kind", "INSTITUTION")).code())
                .isEqualTo(403);
        assertThat(organizations.isWithin(institution, hromada)).isTrue();
    }
}
