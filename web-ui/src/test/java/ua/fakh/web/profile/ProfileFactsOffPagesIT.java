package ua.fakh.web.profile;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** By default no page asks for a position or experience, and a form sent anyway is refused. */
@MicronautTest(transactional = false)
class ProfileFactsOffPagesIT extends PageTest {

    @Test
    void neitherTheProfileNorTheAdministratorsPageAsks() {
        String email = newUser("Оксана Слухачка", "LEARNER");
        UUID id = userId(email);
        browser.signIn(email, Api.PASSWORD);
        Browser.Page profile = browser.get("/profile");
        Browser.Page sent = browser.post("/profile/facts", Map.of("jobPosition", "Соціальна працівниця", "yearsExperience", "3"));

        try (Browser adminBrowser = new Browser(server)) {
            adminBrowser.signInAsAdmin();
            assertThat(adminBrowser.get("/admin/users/" + id + "/edit").html()).doesNotContain("Посада й стаж", "name=\"jobPosition\"");
        }
        assertThat(profile.html()).doesNotContain("Посада й стаж", "name=\"jobPosition\"");
        assertThat(sent.status()).isEqualTo(422);
        assertThat(sent.html()).contains("Код помилки: 422");
        assertThat(api.get(api.adminToken(), "/api/users/" + id + "/facts").body()).containsEntry("jobPosition", null);
    }
}
