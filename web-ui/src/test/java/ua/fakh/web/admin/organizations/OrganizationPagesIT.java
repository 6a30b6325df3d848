package ua.fakh.web.admin.organizations;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class OrganizationPagesIT extends PageTest {

    @BeforeEach
    void signIn() {
        browser.signInAsAdmin();
    }

    @Test
    void adminCreatesAnOrganizationThroughTheFormAndSeesItInTheTree() {
        String oblast = Api.unique("Полтавська область");
        Browser.Page created = browser.post("/admin/organizations", form("OBLAST", oblast, "", ""));
        assertThat(created.status()).isEqualTo(303);
        UUID oblastId = UUID.fromString(created.location().replaceAll(".*created=([0-9a-f-]+).*", "$1"));

        String hromada = Api.unique("Миргородська міська громада");
        Map<String, Object> inside = form("HROMADA", hromada, "Myrhorod City Hromada", "");
        inside.put("parentId", oblastId.toString());
        Browser.Page second = browser.post("/admin/organizations", inside);
        Browser.Page tree = browser.get(second.location().replaceAll("#.*", ""));

        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.html()).contains(oblast).contains(hromada).contains("class=\"org highlighted\"")
                .contains("Створено: " + hromada);
    }

    @Test
    void invalidFieldsAreShownNextToThem() {
        Browser.Page page = browser.post("/admin/organizations", form("HROMADA", "", "", "12345678"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html()).contains("id=\"f-name-error\"").contains("value=\"12345678\"");
        Browser.Page badCode = browser.post("/admin/organizations", form("PROVIDER", Api.unique("Центр"), "", "12345670"));
        assertThat(badCode.html()).contains("id=\"f-edrpou-error\"").contains("код ЄДРПОУ");
        Browser.Page noParent = browser.post("/admin/organizations", form("HROMADA", Api.unique("Громада"), "", ""));
        assertThat(noParent.html()).contains("id=\"f-parentId-error\"");
    }

    @Test
    void childrenAreLoadedWhenANodeIsOpened() {
        String token = api.adminToken();
        UUID oblast = Api.id(api.createOrganization(token, Api.unique("Сумська область"), "OBLAST", null));
        String hromada = Api.unique("Конотопська громада");
        api.createOrganization(token, hromada, "HROMADA", oblast);

        Browser.Page tree = browser.get("/admin/organizations");
        Browser.Page children = browser.get("/admin/organizations/" + oblast + "/children");

        assertThat(tree.html()).contains("hx-get=\"/admin/organizations/" + oblast + "/children\"");
        assertThat(children.status()).isEqualTo(200);
        assertThat(children.html()).contains(hromada).doesNotContain("<html");
    }

    @Test
    void thePickerFiltersByName() {
        String name = Api.unique("Лубенський центр");
        Api.id(api.createOrganization(api.adminToken(), name, "PROVIDER", null));

        Browser.Page options = browser.get("/admin/organization-options?field=parentId&none=true&parentIdQuery="
                + PageContext.encode(name));

        assertThat(options.html()).contains(name).contains("<option value=\"\"");
    }

    private static Map<String, Object> form(String kind, String name, String nameEn, String edrpou) {
        Map<String, Object> form = new HashMap<>();
        form.put("kind", kind);
        form.put("name", name);
        form.put("nameEn", nameEn);
        form.put("edrpou", edrpou);
        form.put("parentId", "");
        return form;
    }
}
