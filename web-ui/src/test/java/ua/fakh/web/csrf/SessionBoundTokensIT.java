package ua.fakh.web.csrf;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A CSRF token belongs to one browser's session: worthless in another, and replaced at sign-in. */
@MicronautTest(transactional = false)
class SessionBoundTokensIT extends PageTest {

    @Test
    void aTokenFromOneSessionIsRefusedInAnother() {
        String email = newUser("Марта Перша", "LEARNER");
        browser.signIn(email, Api.PASSWORD);
        try (Browser other = new Browser(server)) {
            other.signIn(email, Api.PASSWORD); // the same person on another device: still another session
            String othersToken = other.csrfToken();
            assertThat(othersToken).isNotEqualTo(browser.csrfToken());

            Browser.Page refused = browser.post("/profile", Map.of("_csrf", othersToken, "fullName", "Підроблене Ім'я", "locale", "uk"));

            assertThat(refused.status()).isEqualTo(403);
            assertThat(users.findByEmail(email).orElseThrow().fullName()).isEqualTo("Марта Перша");
            assertThat(browser.post("/profile", Map.of("fullName", "Марта Справжня", "locale", "uk")).status()).isEqualTo(303);
        }
    }

    @Test
    void anAnonymousFormTokenFromAnotherBrowserIsRefused() {
        try (Browser attacker = new Browser(server)) {
            String attackersToken = attacker.csrfToken();
            browser.get("/signin");

            Browser.Page refused = browser.post("/signin", Map.of("_csrf", attackersToken,
                    "email", Browser.ADMIN_EMAIL, "password", Browser.ADMIN_PASSWORD));

            assertThat(refused.status()).isEqualTo(403);
            assertThat(browser.cookie("fakh_session")).isNull();
        }
    }

    @Test
    void theTokenChangesAtSignInAndTheOldOneStopsWorking() {
        String email = newUser("Остап Змінний", "LEARNER");
        String beforeSignIn = browser.csrfToken();
        String preSessionId = browser.cookie("fakh_csrf");

        Browser.Page signedIn = browser.signIn(email, Api.PASSWORD);

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(browser.cookie("fakh_csrf")).isNotEqualTo(preSessionId);
        String afterSignIn = browser.csrfToken();
        assertThat(afterSignIn).isNotEqualTo(beforeSignIn);
        assertThat(browser.post("/signout", Map.of("_csrf", beforeSignIn)).status()).isEqualTo(403);
        assertThat(browser.post("/signout", Map.of("_csrf", afterSignIn)).status()).isEqualTo(303);
    }

    @Test
    void aFormFromAnotherSiteIsRefusedEvenWhenItForgesTheForwardedHost() {
        String email = newUser("Лука Обачний", "LEARNER");
        browser.signIn(email, Api.PASSWORD);
        Map<String, String> form = Map.of("_csrf", browser.csrfToken(), "fullName", "Чуже Ім'я", "locale", "uk");

        Browser.Page refused = browser.send(HttpRequest.POST("/profile", Browser.encode(form))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header("X-Forwarded-Host", "evil.example"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(users.findByEmail(email).orElseThrow().fullName()).isEqualTo("Лука Обачний");
    }

    @Test
    void aTokenStaysTheSameAcrossThePagesOfOneSession() {
        browser.signInAsAdmin();

        String onProfile = browser.get("/profile").find("name=\"_csrf\" value=\"([^\"]+)\"");
        String onUsers = browser.get("/admin/users").find("name=\"_csrf\" value=\"([^\"]+)\"");

        assertThat(onProfile).isEqualTo(onUsers);
    }
}
