package ua.fakh.web.admin.organizations;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators add, rename and remove kinds of institution on their page. */
@MicronautTest(transactional = false)
class InstitutionKindPagesIT extends PageTest {
    String code;

    @BeforeEach
    void signIn() {
        browser.signInAsAdmin();
        code = "team_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aKindIsAddedRenamedAndRemoved() {
        Browser.Page added = browser.post("/admin/institution-kinds", Map.of("code", code, "name", "Мобільна бригада", "nameEn", "Mobile team"));
        Browser.Page list = browser.get(added.location().replaceAll("#.*", ""));
        Browser.Page renamed = browser.post("/admin/institution-kinds/" + code, Map.of("name", "Мобільна служба", "nameEn", ""));
        Browser.Page afterRename = browser.get("/admin/institution-kinds");
        Browser.Page removed = browser.post("/admin/institution-kinds/" + code + "/delete", Map.of());

        assertThat(added.status()).isEqualTo(303);
        assertThat(list.html()).contains("Тип додано: " + code, "id=\"kind-" + code + "\"", "<h2>Мобільна бригада</h2>", "value=\"Mobile team\"",
                "action=\"/admin/institution-kinds/" + code + "/delete\"");
        assertThat(renamed.status()).isEqualTo(303);
        assertThat(afterRename.html()).contains("<h2>Мобільна служба</h2>");
        assertThat(removed.status()).isEqualTo(303);
        assertThat(browser.get("/admin/institution-kinds").html()).doesNotContain("id=\"kind-" + code + "\"");
    }

    @Test
    void everyWrongFieldOfANewKindIsShownAtOnce() {
        Browser.Page page = browser.post("/admin/institution-kinds", Map.of("code", "Погана назва", "name", "", "nameEn", ""));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html()).contains("id=\"f-code-error\"", "id=\"f-name-error\"", "малих латинських літер", "не може бути порожнім")
                .contains("value=\"Погана назва\"");
    }

    @Test
    void aRenameWithoutANameIsShownAtItsKind() {
        Browser.Page page = browser.post("/admin/institution-kinds/ngo", Map.of("name", " ", "nameEn", "NGO"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html()).contains("id=\"f-ngo-name-error\"").doesNotContain("id=\"f-name-error\"");
    }

    @Test
    void aBuiltInKindOrOneInUseStaysAndThePageSaysWhy() {
        browser.post("/admin/institution-kinds", Map.of("code", code, "name", "Мобільна бригада", "nameEn", ""));
        String admin = api.adminToken();
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        api.post(admin, "/api/organizations", new HashMap<>(Map.of("name", Api.unique("Бригада"), "kind", "INSTITUTION",
                "parentId", oblast.toString(), "institutionKind", code)));

        Browser.Page builtIn = browser.post("/admin/institution-kinds/ngo/delete", Map.of());
        Browser.Page inUse = browser.post("/admin/institution-kinds/" + code + "/delete", Map.of());

        assertThat(builtIn.status()).isEqualTo(409);
        assertThat(builtIn.html()).contains("Вбудований тип установи можна перейменувати, але не вилучити.");
        assertThat(inUse.status()).isEqualTo(409);
        assertThat(inUse.html()).contains("спершу дайте їм інший").contains("організацій: 1")
                .doesNotContain("action=\"/admin/institution-kinds/" + code + "/delete\"");
    }

    @Test
    void namesAreShownInTheReadersLanguage() {
        browser.post("/admin/institution-kinds", Map.of("code", code, "name", "Мобільна бригада", "nameEn", "Mobile team"));
        Browser.Page english;
        try (Browser another = new Browser(server)) { // an administrator of their own: the language chosen is saved to the account
            another.signIn(newUser("Адміністраторка", "ADMIN"), Api.PASSWORD);
            another.get("/lang/en?next=/");
            english = another.get("/admin/institution-kinds");
        }

        assertThat(english.html()).contains("<h2>Mobile team</h2>", "<h2>Administrative services centre (CNAP)</h2>");
    }
}
