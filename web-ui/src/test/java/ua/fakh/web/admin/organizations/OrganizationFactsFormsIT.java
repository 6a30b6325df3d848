package ua.fakh.web.admin.organizations;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.KatottgCodes;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The organization forms take the facts reports group by and report every wrong one at once. */
@MicronautTest(transactional = false)
class OrganizationFactsFormsIT extends PageTest {
    String admin;
    String oblastCode;
    UUID oblast;

    @BeforeEach
    void signIn() {
        browser.signInAsAdmin();
        admin = api.adminToken();
        oblastCode = KatottgCodes.oblast("18");
        Map<String, Object> body = new HashMap<>(Map.of("name", Api.unique("Житомирська область"), "kind", "OBLAST", "katottg", oblastCode));
        oblast = Api.id(api.post(admin, "/api/organizations", body).body());
    }

    @Test
    void aHromadaIsCreatedWithItsFactsAndTheTreeShowsThem() {
        String code = KatottgCodes.hromada(KatottgCodes.district(oblastCode));
        Map<String, Object> form = form("HROMADA", Api.unique("Коростенська міська громада"));
        form.putAll(Map.of("katottg", code, "hromadaKind", "CITY", "frontlineSince", "2022-02-24", "deoccupiedSince", "",
                "staffHeadcount", "1 200"));

        Browser.Page created = browser.post("/admin/organizations", form);
        Browser.Page tree = browser.get(created.location().replaceAll("#.*", ""));

        assertThat(created.status()).isEqualTo(303);
        assertThat(tree.html()).contains("КАТОТТГ " + code).contains("Міська").contains("штат: ").contains("прифронтова з 24.02.2022")
                .contains(">Район</option>");
        UUID id = UUID.fromString(created.location().replaceAll(".*created=([0-9a-f-]+).*", "$1"));
        assertThat(api.get(admin, "/api/organizations/" + id).body()).containsEntry("staffHeadcount", 1200).containsEntry("frontlineSince", "2022-02-24");
    }

    @Test
    void everyWrongFieldOfTheNewFormIsShownAtOnce() {
        Map<String, Object> form = form("INSTITUTION", "");
        form.putAll(Map.of("katottg", "UA18", "hromadaKind", "CITY", "frontlineSince", "2022-02-24", "institutionKind", "no_such_kind",
                "staffHeadcount", "-5"));

        Browser.Page page = browser.post("/admin/organizations", form);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html()).contains("id=\"f-name-error\"", "id=\"f-katottg-error\"", "id=\"f-hromadaKind-error\"",
                "id=\"f-frontlineSince-error\"", "id=\"f-institutionKind-error\"", "id=\"f-staffHeadcount-error\"")
                .contains("має бути кодом КАТОТТГ").contains("це буває лише в громад").contains("value=\"UA18\"");
    }

    @Test
    void fieldsTheFormCouldNotReadAreShownWithEveryOtherProblemAndNothingIsSaved() {
        String name = Api.unique("Громада");
        Map<String, Object> form = form("HROMADA", name);
        form.putAll(Map.of("katottg", KatottgCodes.hromada(KatottgCodes.district(KatottgCodes.oblast("05"))), "hromadaKind", "VILLAGE",
                "frontlineSince", "вчора", "staffHeadcount", "багато"));

        Browser.Page page = browser.post("/admin/organizations", form);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html()).contains("Виберіть сільська, селищна чи міська.", "Введіть день, наприклад 24.02.2022.",
                "Введіть ціле число, 0 або більше.", "id=\"f-katottg-error\"").contains("value=\"вчора\"");
        assertThat(api.get(admin, "/api/organizations?q=" + Browser.encode(name)).body().get("content").toString()).isEqualTo("[]");
    }

    @Test
    void theEditPageOffersTheFactsOfTheOrganizationsKindAndSavesThem() {
        String hromadaCode = KatottgCodes.hromada(KatottgCodes.district(oblastCode));
        UUID hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        UUID institution = Api.id(api.createOrganization(admin, Api.unique("Центр"), "INSTITUTION", hromada));
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Навчальний центр"), "PROVIDER", null));

        Browser.Page hromadaPage = browser.get("/admin/organizations/" + hromada + "/edit");
        Browser.Page institutionPage = browser.get("/admin/organizations/" + institution + "/edit");
        Browser.Page providerPage = browser.get("/admin/organizations/" + provider + "/edit");
        Map<String, Object> edit = new HashMap<>(Map.of("name", "Громада", "parentId", oblast.toString(), "katottg", hromadaCode,
                "hromadaKind", "RURAL", "deoccupiedSince", "11.11.2022", "staffHeadcount", "14"));
        Browser.Page saved = browser.post("/admin/organizations/" + hromada + "/edit", edit);

        assertThat(hromadaPage.html()).contains("name=\"hromadaKind\"", "name=\"frontlineSince\"", "name=\"katottg\"").doesNotContain("name=\"institutionKind\"");
        assertThat(institutionPage.html()).contains("name=\"institutionKind\"", "Центр соціальних служб").doesNotContain("name=\"hromadaKind\"");
        assertThat(providerPage.html()).doesNotContain("name=\"katottg\"", "name=\"staffHeadcount\"");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(api.get(admin, "/api/organizations/" + hromada).body()).containsEntry("katottg", hromadaCode)
                .containsEntry("hromadaKind", "RURAL").containsEntry("deoccupiedSince", "2022-11-11").containsEntry("staffHeadcount", 14);
    }

    @Test
    void everyWrongFieldOfTheEditFormIsShownAtOnce() {
        UUID hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        Map<String, Object> edit = new HashMap<>(Map.of("name", "", "parentId", oblast.toString(), "katottg", oblastCode,
                "frontlineSince", "2013-05-01", "staffHeadcount", "-1"));

        Browser.Page page = browser.post("/admin/organizations/" + hromada + "/edit", edit);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html()).contains("id=\"f-name-error\"", "id=\"f-katottg-error\"", "id=\"f-frontlineSince-error\"",
                "id=\"f-staffHeadcount-error\"").contains("має бути кодом громади", "не раніше 01.01.2014");
    }

    private Map<String, Object> form(String kind, String name) {
        Map<String, Object> form = new HashMap<>();
        form.put("kind", kind);
        form.put("name", name);
        form.put("nameEn", "");
        form.put("edrpou", "");
        form.put("parentId", oblast.toString());
        return form;
    }
}
