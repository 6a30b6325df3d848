package ua.fakh.web.admin.users;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.analytics.AnalyticsScopes.AnalystScope;
import ua.fakh.core.security.Role;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator grants ANALYST on the users pages and chooses what the analyst may count. */
@MicronautTest(transactional = false)
class AnalystScopePagesIT extends PageTest {
    @Inject
    AnalyticsScopes scopes;

    UUID oblast;

    @BeforeEach
    void signIn() {
        browser.signInAsAdmin();
        oblast = Api.id(api.createOrganization(api.adminToken(), Api.unique("Область"), "OBLAST", null));
    }

    @Test
    void anAnalystIsCreatedWithAnOrganisationAsItsScopeAndListedWithTheRole() {
        String email = Api.unique("analyst") + "@test.fakh";

        Browser.Page form = browser.get("/admin/users");
        Browser.Page created = browser.post("/admin/users", Map.of("email", email, "fullName", "Аліна Аналітикиня",
                "locale", "uk", "organizationId", oblast.toString(), "roles", "ANALYST",
                "analystScope", "ORGANIZATION", "analystOrganizationId", oblast.toString()));

        assertThat(form.html()).contains("value=\"ANALYST\"").contains("Обсяг даних аналітика").contains("name=\"analystOrganizationId\"");
        assertThat(created.status()).isEqualTo(200);
        UUID id = userId(email);
        assertThat(scopes.analystScope(id)).contains(new AnalystScope(oblast));
        assertThat(browser.get("/admin/users?q=" + Browser.encode(email)).find("(?s)(<tr id=\"user-" + id + "\">.*?</tr>)"))
                .contains("Аналітик (лише числа)");
    }

    @Test
    void theEditPageShowsTheScopeAndSavesAnother() {
        UUID id = analyst(Map.of("wholeInstallation", true));

        Browser.Page form = browser.get("/admin/users/" + id + "/edit");
        Browser.Page saved = browser.post("/admin/users/" + id + "/edit", Map.of("fullName", "Аналітик Партнера", "locale", "uk",
                "organizationId", oblast.toString(), "roles", "ANALYST", "analystScope", "ORGANIZATION",
                "analystOrganizationId", oblast.toString()));

        assertThat(form.html()).contains("value=\"WHOLE\" checked");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(scopes.analystScope(id)).contains(new AnalystScope(oblast));
    }

    @Test
    void inconsistentInputIsRefusedWithEveryErrorAtOnceAndNothingChanges() {
        UUID id = analyst(Map.of("wholeInstallation", true));

        Browser.Page noOrganisation = browser.post("/admin/users/" + id + "/edit", Map.of("fullName", "", "locale", "uk",
                "organizationId", oblast.toString(), "roles", "ANALYST", "analystScope", "ORGANIZATION", "analystOrganizationId", ""));
        Browser.Page unknown = browser.post("/admin/users/" + id + "/edit", Map.of("fullName", "Аналітик", "locale", "uk",
                "organizationId", UUID.randomUUID().toString(), "roles", "ANALYST", "analystScope", "ORGANIZATION",
                "analystOrganizationId", UUID.randomUUID().toString()));

        assertThat(noOrganisation.status()).isEqualTo(400);
        assertThat(noOrganisation.html()).contains("id=\"f-fullName-error\"").contains("оберіть або всі організації Fakh, або одну організацію");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.html()).contains("id=\"f-organizationId-error\"").contains("id=\"f-analystOrganizationId-error\"");
        assertThat(scopes.analystScope(id)).contains(new AnalystScope(null));
        assertThat(users.find(id).orElseThrow().fullName()).isEqualTo("Аналітик Партнера");
    }

    @Test
    void takingAwayTheRoleOnThePageForgetsTheScopeWhateverTheHiddenPartSays() {
        UUID id = analyst(Map.of("organizationId", oblast.toString()));

        Browser.Page saved = browser.post("/admin/users/" + id + "/edit", Map.of("fullName", "Аналітик Партнера", "locale", "uk",
                "organizationId", oblast.toString(), "roles", "LEARNER", "analystScope", "WHOLE", "analystOrganizationId", ""));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(users.find(id).orElseThrow().roles()).containsExactly(Role.LEARNER);
        assertThat(scopes.analystScope(id)).isEqualTo(Optional.empty());
    }

    private UUID analyst(Map<String, Object> scope) {
        return Api.id(api.post(api.adminToken(), "/api/users", Map.of("email", Api.unique("analyst") + "@test.fakh",
                "fullName", "Аналітик Партнера", "password", Api.PASSWORD, "organizationId", oblast.toString(),
                "roles", List.of("ANALYST"), "analystScope", scope)).body());
    }
}
