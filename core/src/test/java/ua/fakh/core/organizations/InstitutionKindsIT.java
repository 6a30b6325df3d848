package ua.fakh.core.organizations;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
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

/** Administrators extend the kinds of institution; a built-in kind or one in use stays. */
@MicronautTest(transactional = false)
class InstitutionKindsIT {
    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    String admin;
    String code;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
        code = "mobile_team_" + UUID.randomUUID().toString().substring(0, 8).replace('-', '_');
    }

    @Test
    void anAddedKindIsListedInTheReadersLanguageAfterTheBuiltInOnes() {
        HttpResponse<Map<String, Object>> added = api.post(admin, "/api/institution-kinds",
                Map.of("code", code, "name", "Мобільна бригада", "nameEn", "Mobile team"));

        assertThat(added.code()).isEqualTo(201);
        assertThat(added.body()).containsEntry("code", code).containsEntry("builtIn", false).containsEntry("organizations", 0);
        List<Map<String, Object>> ukrainian = list(admin, "uk");
        List<Map<String, Object>> english = list(admin, "en");
        assertThat(ukrainian).extracting(k -> k.get("code")).startsWith("social_services_centre", "family_youth_centre").contains(code, "ngo");
        assertThat(ukrainian).filteredOn(k -> code.equals(k.get("code"))).singleElement()
                .satisfies(k -> assertThat(k).containsEntry("name", "Мобільна бригада").containsEntry("nameEn", "Mobile team"));
        assertThat(english).filteredOn(k -> code.equals(k.get("code"))).singleElement()
                .satisfies(k -> assertThat(k).containsEntry("name", "Mobile team"));
        assertThat(english).filteredOn(k -> "admin_services_centre".equals(k.get("code"))).singleElement()
                .satisfies(k -> assertThat(k).containsEntry("name", "Administrative services centre (CNAP)").containsEntry("builtIn", true));
    }

    @Test
    void withoutAnEnglishNameTheUkrainianOneIsUsed() {
        api.post(admin, "/api/institution-kinds", Map.of("code", code, "name", "Мобільна бригада"));

        assertThat(list(admin, "en")).filteredOn(k -> code.equals(k.get("code"))).singleElement()
                .satisfies(k -> assertThat(k).containsEntry("name", "Мобільна бригада"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWrongCodeAndAMissingNameAreRefusedTogetherAndATakenCodeWith422() {
        HttpResponse<Map<String, Object>> wrong = api.post(admin, "/api/institution-kinds", Map.of("code", "Mobile Team", "name", " "));
        HttpResponse<Map<String, Object>> taken = api.post(admin, "/api/institution-kinds", Map.of("code", "ngo", "name", "Ще одна"));

        assertThat(wrong.code()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) Api.body(wrong).get("errors")).extracting(e -> e.get("field")).containsExactlyInAnyOrder("code", "name");
        assertThat(Api.body(wrong).get("errors").toString()).contains("малих латинських літер");
        assertThat(taken.code()).isEqualTo(422);
        assertThat(Api.body(taken).get("errors").toString()).contains("code", "інший тип уже має цей код");
    }

    @Test
    void aKindIsRenamedAndABuiltInOneKeepsItsPlace() {
        api.post(admin, "/api/institution-kinds", Map.of("code", code, "name", "Мобільна бригада"));
        HttpResponse<Map<String, Object>> renamed = api.put(admin, "/api/institution-kinds/" + code,
                Map.of("name", "Мобільна служба", "nameEn", "Mobile service"));
        Map<String, Object> before = builtIn("territorial_centre");
        HttpResponse<Map<String, Object>> builtInRenamed = api.put(admin, "/api/institution-kinds/territorial_centre",
                Map.of("name", "Терцентр", "nameEn", "Territorial centre"));
        Map<String, Object> after = builtIn("territorial_centre");
        api.put(admin, "/api/institution-kinds/territorial_centre", Map.of("name", before.get("nameUk"), "nameEn", before.get("nameEn")));

        assertThat(renamed.code()).isEqualTo(200);
        assertThat(renamed.body()).containsEntry("name", "Мобільна служба").containsEntry("nameEn", "Mobile service");
        assertThat(builtInRenamed.code()).isEqualTo(200);
        assertThat(after).containsEntry("name", "Терцентр").containsEntry("position", before.get("position")).containsEntry("builtIn", true);
        assertThat(api.put(admin, "/api/institution-kinds/no_such_kind", Map.of("name", "Х")).code()).isEqualTo(404);
    }

    @Test
    void aBuiltInKindOrOneInUseIsNotRemovedAndAnUnusedOneIs() {
        api.post(admin, "/api/institution-kinds", Map.of("code", code, "name", "Мобільна бригада"));
        String spare = code + "_x";
        api.post(admin, "/api/institution-kinds", Map.of("code", spare, "name", "Запасний тип"));
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        Map<String, Object> institution = new HashMap<>(Map.of("name", Api.unique("Бригада"), "kind", "INSTITUTION",
                "parentId", oblast.toString(), "institutionKind", code));
        assertThat(api.post(admin, "/api/organizations", institution).code()).isEqualTo(201);

        HttpResponse<Map<String, Object>> builtIn = delete("/api/institution-kinds/ngo");
        HttpResponse<Map<String, Object>> inUse = delete("/api/institution-kinds/" + code);
        HttpResponse<Map<String, Object>> unused = delete("/api/institution-kinds/" + spare);

        assertThat(builtIn.code()).isEqualTo(409);
        assertThat(Api.body(builtIn).get("detail").toString()).contains("можна перейменувати, але не вилучити");
        assertThat(inUse.code()).isEqualTo(409);
        assertThat(Api.body(inUse).get("detail").toString()).contains("спершу дайте їм інший");
        assertThat(unused.code()).isEqualTo(204);
        assertThat(list(admin, "uk")).extracting(k -> k.get("code")).contains(code).doesNotContain(spare);
        assertThat(list(admin, "uk")).filteredOn(k -> code.equals(k.get("code"))).singleElement()
                .satisfies(k -> assertThat(k).containsEntry("organizations", 1));
        assertThat(delete("/api/institution-kinds/no_such_kind").code()).isEqualTo(404);
    }

    @Test
    void hrReadsTheKindsButOnlyAdministratorsChangeThem() {
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        String hr = api.login((String) api.createUser(admin, "Кадровичка", oblast, "HR").get("email"), Api.PASSWORD);
        String learner = api.login((String) api.createUser(admin, "Слухачка", oblast, "LEARNER").get("email"), Api.PASSWORD);

        assertThat(api.get(hr, "/api/institution-kinds").code()).isEqualTo(200);
        assertThat(api.get(learner, "/api/institution-kinds").code()).isEqualTo(403);
        assertThat(api.post(hr, "/api/institution-kinds", Map.of("code", code, "name", "Х")).code()).isEqualTo(403);
        assertThat(api.put(hr, "/api/institution-kinds/ngo", Map.of("name", "Х")).code()).isEqualTo(403);
    }

    private List<Map<String, Object>> list(String token, String language) {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/institution-kinds").cookie(Cookie.of("fakh_lang", language)), token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    private Map<String, Object> builtIn(String code) {
        return list(admin, "uk").stream().filter(k -> code.equals(k.get("code"))).findFirst().orElseThrow();
    }

    private HttpResponse<Map<String, Object>> delete(String uri) {
        return api.exchange(Api.authorised(HttpRequest.DELETE(uri), admin));
    }
}
