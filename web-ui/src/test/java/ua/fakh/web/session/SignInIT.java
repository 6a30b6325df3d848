package ua.fakh.web.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SignInIT extends PageTest {

    @Test
    void signingInSetsTheSessionCookieAndTheHomePageGreetsByCyrillicName() {
        String email = newUser("Олена Петренко-Їжакевич", "LEARNER");

        Browser.Page signedIn = browser.signIn(email, Api.PASSWORD);

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).isEqualTo("/");
        String setCookie = signedIn.headers().getAll("Set-Cookie").stream()
                .filter(c -> c.startsWith("fakh_session=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/")
                .doesNotContainIgnoringCase("Secure");
        Browser.Page home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.contentType()).startsWith("text/html");
        assertThat(home.html()).contains("Вітаємо, Олена Петренко-Їжакевич!").contains("<html lang=\"uk\">");
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithAMessage() {
        browser.get("/signin");
        Browser.Page page = browser.post("/signin", Map.of("email", Browser.ADMIN_EMAIL, "password", "not-the-password", "next", "/"));

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.html()).contains("Неправильна електронна пошта або пароль").contains("name=\"password\"")
                .contains("value=\"" + Browser.ADMIN_EMAIL + "\"");
        assertThat(browser.cookie("fakh_session")).isNull();
    }

    @Test
    void repeatedFailuresSayHowLongToWait() {
        String email = Api.unique("nobody") + "@test.fakh";
        browser.get("/signin");
        Browser.Page page = null;
        for (int i = 0; i < 6; i++) {
            page = browser.post("/signin", Map.of("email", email, "password", "wrong-password-" + i));
        }

        assertThat(page.status()).isEqualTo(429);
        assertThat(page.headers().get("Retry-After")).isNotBlank();
        assertThat(page.html()).containsPattern("Спробуйте ще раз через \\d+ с");
    }

    @Test
    void formPostWithoutTheCsrfTokenIsRefused() {
        browser.get("/signin");
        Browser.Page page = browser.postWithoutToken("/signin", Map.of("email", Browser.ADMIN_EMAIL, "password", Browser.ADMIN_PASSWORD));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.html()).contains("Термін дії форми минув");
        assertThat(browser.cookie("fakh_session")).isNull();
    }

    @Test
    void formPostFromAnotherOriginIsRefusedEvenWithTheToken() {
        browser.get("/signin");
        Browser.Page page = browser.send(HttpRequest.POST("/signin",
                        "_csrf=" + browser.csrfToken() + "&email=a%40b.c&password=x")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .header("Origin", "https://evil.example"));

        assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void signingInGoesBackToTheLocalPageAskedFor() {
        browser.get("/signin?next=/profile");
        Browser.Page page = browser.post("/signin", Map.of("email", Browser.ADMIN_EMAIL, "password", Browser.ADMIN_PASSWORD,
                "next", "/profile"));

        assertThat(page.location()).isEqualTo("/profile");
    }

    @Test
    void neverRedirectsToAnotherSite() {
        browser.get("/signin");
        Browser.Page page = browser.post("/signin", Map.of("email", Browser.ADMIN_EMAIL, "password", Browser.ADMIN_PASSWORD,
                "next", "//evil.example/steal"));

        assertThat(page.location()).isEqualTo("/");
    }

    @Test
    void signingOutClearsTheCookie() {
        browser.signInAsAdmin();

        Browser.Page out = browser.post("/signout", Map.of());

        assertThat(out.status()).isEqualTo(303);
        assertThat(browser.cookie("fakh_session")).isNull();
        assertThat(browser.get("/profile").status()).isEqualTo(303);
    }
}
