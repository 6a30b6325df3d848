package ua.fakh.web.admin;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.testing.PageTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An organisation picker lists organisations by their names in the page's language, in that language's order. */
@MicronautTest(transactional = false)
class OrganizationPickerOrderIT extends PageTest {

    @Test
    void anEnglishPageSortsByTheEnglishNames() {
        String mark = Api.unique("Впорядкування");
        String token = api.adminToken();
        api.post(token, "/api/organizations", Map.of("name", "Альфа " + mark, "nameEn", "Zulu " + mark, "kind", "OBLAST"));
        api.post(token, "/api/organizations", Map.of("name", "Бета " + mark, "nameEn", "Alpha " + mark, "kind", "OBLAST"));
        browser.signInAsAdmin();
        String options = "/admin/organization-options?field=parentId&none=true&parentIdQuery=" + PageContext.encode(mark);

        String ukrainian = browser.get(options).html();
        browser.get("/lang/en?next=/");
        String english = browser.get(options).html();

        assertThat(ukrainian.indexOf("Альфа " + mark)).isPositive().isLessThan(ukrainian.indexOf("Бета " + mark));
        assertThat(english.indexOf("Alpha " + mark)).isPositive().isLessThan(english.indexOf("Zulu " + mark));
    }
}
