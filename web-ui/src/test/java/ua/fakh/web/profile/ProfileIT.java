package ua.fakh.web.profile;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ProfileIT extends PageTest {

    @Test
    void changingTheNameAndLanguageShowsAtOnce() {
        browser.signIn(newUser("Тарас Гнатюк", "LEARNER"), Api.PASSWORD);

        Browser.Page saved = browser.post("/profile", Map.of("fullName", "Тарас Гнатюк-Ярошенко", "locale", "en"));

        assertThat(saved.status()).isEqualTo(303);
        Browser.Page profile = browser.get(saved.location());
        assertThat(profile.html()).contains("Your name and language are saved").contains("value=\"Тарас Гнатюк-Ярошенко\"");
        assertThat(browser.get("/").html()).contains("Welcome, Тарас Гнатюк-Ярошенко!");
    }

    @Test
    void anEmptyNameIsShownNextToTheField() {
        browser.signIn(newUser("Софія Кравець", "LEARNER"), Api.PASSWORD);

        Browser.Page page = browser.post("/profile", Map.of("fullName", "  ", "locale", "uk"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.html()).contains("id=\"f-fullName-error\"").contains("Введіть прізвище, ім’я, по батькові");
    }

    @Test
    void everyMistakeOfThePasswordFormIsReportedAtOnce() {
        String email = newUser("Богдана Ярош", "LEARNER");
        browser.signIn(email, Api.PASSWORD);

        Browser.Page refused = browser.post("/profile/password", Map.of("currentPassword", "not-my-password",
                "newPassword", "short", "repeatPassword", "different"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("id=\"f-currentPassword-error\"").contains("id=\"f-newPassword-error\"")
                .contains("id=\"f-repeatPassword-error\"").contains("два нові паролі відрізняються");
        try (Browser another = new Browser(server)) {
            assertThat(another.signIn(email, Api.PASSWORD).status()).isEqualTo(303);
        }
    }

    @Test
    void thePasswordChangesOnlyWithTheCurrentOne() {
        String email = newUser("Дмитро Олійник", "LEARNER");
        browser.signIn(email, Api.PASSWORD);

        Browser.Page wrong = browser.post("/profile/password", Map.of("currentPassword", "not-my-password",
                "newPassword", "a-brand-new-password", "repeatPassword", "a-brand-new-password"));
        Browser.Page right = browser.post("/profile/password", Map.of("currentPassword", Api.PASSWORD,
                "newPassword", "a-brand-new-password", "repeatPassword", "a-brand-new-password"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.html()).contains("не ваш поточний пароль");
        assertThat(right.status()).isEqualTo(303);
        assertThat(right.location()).isEqualTo("/profile?saved=password");
        try (Browser another = new Browser(server)) {
            assertThat(another.signIn(email, "a-brand-new-password").status()).isEqualTo(303);
        }
    }
}
