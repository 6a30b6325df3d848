package ua.fakh.web.admin.organizations;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Renaming, re-coding and moving an organization through its edit page. */
@MicronautTest(transactional = false)
class OrganizationEditPagesIT extends PageTest {
    @Inject
    Organizations organizations;

    String admin;
    UUID oblast;
    UUID hromada;
    UUID institution;
    UUID otherHromada;

    @BeforeEach
    void world() {
        browser.signInAsAdmin();
        admin = api.adminToken();
        oblast = Api.id(api.createOrganization(admin, Api.unique("Житомирська область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Бердичівська громада"), "HROMADA", oblast));
        institution = Api.id(api.createOrganization(admin, Api.unique("Центр"), "INSTITUTION", hromada));
        otherHromada = Api.id(api.createOrganization(admin, Api.unique("Коростенська громада"), "HROMADA", oblast));
    }

    @Test
    void anAdministratorRenamesRecodesAndMovesAnOrganization() {
        String edrpou = Api.newEdrpou();
        String code = Api.unique("BERD");
        Browser.Page form = browser.get("/admin/organizations/" + institution + "/edit");

        Browser.Page saved = browser.post("/admin/organizations/" + institution + "/edit", fields("Центр соціальних служб",
                edrpou, code, otherHromada));

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("Зміна організації").contains("name=\"code\"");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(browser.get(saved.location()).html()).contains("Збережено");
        var now = organizations.get(institution);
        assertThat(now.name()).isEqualTo("Центр соціальних служб");
        assertThat(now.edrpou()).isEqualTo(edrpou);
        assertThat(now.code()).isEqualTo(code);
        assertThat(organizations.isWithin(institution, otherHromada)).isTrue();
        assertThat(browser.get("/admin/organizations?open=" + institution).html()).contains("/admin/organizations/" + institution + "/edit");
    }

    @Test
    void aMoveInsideItselfAndADuplicateEdrpouAreShownTogether() {
        String edrpou = Api.newEdrpou();
        api.put(admin, "/api/organizations/" + otherHromada, Map.of("name", "Громада", "kind", "HROMADA", "edrpou", edrpou));

        Browser.Page refused = browser.post("/admin/organizations/" + hromada + "/edit", fields("", edrpou, "", institution));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"f-name-error\"").contains("інша організація вже має цей код ЄДРПОУ")
                .contains("організацію не можна розмістити всередині неї самої");
        assertThat(organizations.isWithin(hromada, oblast)).isTrue();
    }

    @Test
    void aHromadaCannotBeMovedToTheTopLevel() {
        Browser.Page refused = browser.post("/admin/organizations/" + hromada + "/edit", fields("Громада", "", "", null));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"f-parentId-error\"");
        assertThat(organizations.get(hromada).parentId()).isEqualTo(oblast);
    }

    @Test
    void theCreateFormReportsEveryWrongFieldAtOnce() {
        Map<String, Object> form = fields("", "14360571", "з пробілом", null);
        form.put("kind", "HROMADA");

        Browser.Page refused = browser.post("/admin/organizations", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"f-name-error\"").contains("id=\"f-edrpou-error\"")
                .contains("id=\"f-code-error\"").contains("id=\"f-parentId-error\"");
    }

    @Test
    void nonAdministratorsMayNotEdit() {
        try (Browser trainer = new Browser(server)) {
            trainer.signIn(newUser("Тренерка", "TRAINER"), Api.PASSWORD);

            assertThat(trainer.get("/admin/organizations/" + institution + "/edit").status()).isEqualTo(403);
            assertThat(trainer.post("/admin/organizations/" + institution + "/edit", fields("Чуже", "", "", otherHromada))
                    .status()).isEqualTo(403);
        }
        assertThat(organizations.isWithin(institution, hromada)).isTrue();
    }

    private static Map<String, Object> fields(String name, String edrpou, String code, UUID parent) {
        Map<String, Object> form = new HashMap<>();
        form.put("name", name);
        form.put("nameEn", "");
        form.put("edrpou", edrpou);
        form.put("code", code);
        form.put("parentId", parent == null ? "" : parent.toString());
        return form;
    }
}
