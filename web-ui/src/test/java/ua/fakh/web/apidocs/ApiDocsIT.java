package ua.fakh.web.apidocs;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ApiDocsIT extends PageTest {

    @Test
    void apiDocsLeadToTheGeneratedSpecWithLocalAssets() {
        Browser.Page guide = browser.get("/api-docs");
        assertThat(guide.status()).isEqualTo(200);
        assertThat(guide.html()).contains("API Фаху").contains("href=\"/swagger-ui/index.html\"").contains("href=\"/swagger/fakh.yml\"");

        Browser.Page ui = browser.get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.html()).contains("/swagger/fakh.yml").contains("/swagger-ui/res/swagger-ui-bundle.js")
                .doesNotContain("cdn").doesNotContain("unpkg");
        assertThat(browser.get("/swagger-ui/res/swagger-ui-bundle.js").status()).isEqualTo(200);
        Browser.Page spec = browser.get("/swagger/fakh.yml");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.html()).contains("/api/users").contains("/login").contains("/api/courses/{id}/publish")
                .contains("/api/attempts/{id}/submit").contains("/api/public/certificates/{code}")
                // no page route among the paths ("signingKey" elsewhere in the document must not count)
                .doesNotContain("\n  /signin:").doesNotContain("\n  /teach:").doesNotContain("\n  /quiz/");
    }

    @Test
    void theStylesheetAndHtmxAreServed() {
        // htmx is loaded only by the pages that use it, such as the organisation tree
        browser.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
        String organizations = browser.get("/admin/organizations").html();
        String htmx = new Browser.Page(0, organizations, null).find("src=\"(/assets/htmx[^\"]+)\"");

        assertThat(browser.get("/static/fakh.css").status()).isEqualTo(200);
        assertThat(browser.get(htmx).status()).isEqualTo(200);
    }
}
