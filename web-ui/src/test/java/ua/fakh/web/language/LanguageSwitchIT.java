package ua.fakh.web.language;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class LanguageSwitchIT extends PageTest {
    @Test
    void switchingToEnglishChangesThePageText() {
        assertThat(browser.get("/").html()).contains("Увійти");

        Browser.Page switched = browser.get("/lang/en?next=/signin");

        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.location()).isEqualTo("/signin");
        assertThat(browser.cookie("fakh_lang")).isEqualTo("en");
        Browser.Page page = browser.get("/signin");
        assertThat(page.html()).contains("<html lang=\"en\">").contains("Sign in").contains("Password").doesNotContain("Пароль");
    }

    @Test
    void aSignedInPersonsChoiceIsSavedInTheProfile() {
        String email = newUser("Богдан Савчук", "LEARNER");
        browser.signIn(email, Api.PASSWORD);

        browser.get("/lang/en?next=/");

        assertThat(users.findByEmail(email).orElseThrow().locale()).isEqualTo("en");
        assertThat(browser.get("/").html()).contains("Welcome, Богдан Савчук!");
        browser.get("/lang/uk");
        assertThat(users.findByEmail(email).orElseThrow().locale()).isEqualTo("uk");
    }

    @Test
    void anUnknownLanguageIsNotFound() {
        assertThat(browser.get("/lang/de").status()).isEqualTo(404);
    }
}
