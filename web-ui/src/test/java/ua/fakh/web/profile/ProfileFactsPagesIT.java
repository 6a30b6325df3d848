package ua.fakh.web.profile;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** With profile facts switched on, a person and administrators fill in the position and experience on their pages. */
@MicronautTest(transactional = false)
@Property(name = "fakh.profile-facts.enabled", value = "true")
class ProfileFactsPagesIT extends PageTest {

    @Test
    void aPersonGivesTheirPositionAndExperienceOnTheProfilePage() {
        String email = newUser("Оксана Соцпрацівниця", "LEARNER");
        browser.signIn(email, Api.PASSWORD);

        Browser.Page profile = browser.get("/profile");
        Browser.Page saved = browser.post("/profile/facts", Map.of("jobPosition", "Фахівчиня із соціальної роботи", "yearsExperience", "6"));
        Browser.Page again = browser.get(saved.location());

        assertThat(profile.html()).contains("Посада й стаж", "action=\"/profile/facts\"", "id=\"f-jobPosition\"");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(again.html()).contains("Посаду й стаж збережено.", "value=\"Фахівчиня із соціальної роботи\"", "value=\"6\"");
    }

    @Test
    void everyWrongFactIsShownAtOnceAndNothingIsSaved() {
        String email = newUser("Петро Соцпрацівник", "LEARNER");
        browser.signIn(email, Api.PASSWORD);

        Browser.Page refused = browser.post("/profile/facts", Map.of("jobPosition", "п".repeat(201), "yearsExperience", "багато"));
        Browser.Page tooMany = browser.post("/profile/facts", Map.of("jobPosition", "Психолог", "yearsExperience", "71"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"f-jobPosition-error\"", "id=\"f-yearsExperience-error\"", "Введіть ціле число років від 0 до 70.");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.html()).contains("id=\"f-yearsExperience-error\"").doesNotContain("id=\"f-jobPosition-error\"");
        assertThat(browser.get("/profile").html()).doesNotContain("value=\"Психолог\"");
    }

    @Test
    void anAdministratorSeesAndSetsThemOnThePersonsPage() {
        String email = newUser("Ірина Слухачка", "LEARNER");
        UUID id = userId(email);
        browser.signInAsAdmin();
        browser.get("/lang/uk"); // the administrator's language is kept in its profile, which other tests change

        Browser.Page page = browser.get("/admin/users/" + id + "/edit");
        Browser.Page saved = browser.post("/admin/users/" + id + "/facts", Map.of("jobPosition", "Керівниця центру", "yearsExperience", "15"));
        Browser.Page refused = browser.post("/admin/users/" + id + "/facts", Map.of("jobPosition", "", "yearsExperience", "-2"));

        assertThat(page.html()).contains("Посада й стаж", "action=\"/admin/users/" + id + "/facts\"");
        assertThat(saved.status()).isEqualTo(303);
        assertThat(browser.get("/admin/users/" + id + "/edit").html()).contains("value=\"Керівниця центру\"", "value=\"15\"");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"f-yearsExperience-error\"", "має бути не менше 0");
    }
}
