package ua.fakh.web.session;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.web.testing.Browser;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SignInIT {
    @Inject
    EmbeddedServer server;

    Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(server);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void signingInSetsTheSessionCookieAndTheHomePageGreetsByCyrillicName() {
        Browser.Page signedIn = browser.signInAsAdmin();

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).isEqualTo("/");
        String setCookie = signedIn.headers().getAll("Set-Cookie").stream()
                .filter(c -> c.startsWith("fakh_session=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax").contains("Path=/");
        Browser.Page home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.contentType()).startsWith("text/html");
        assertThat(home.html()).contains("Вітаємо, Адміністратор!").contains("<html lang=\"uk\">");
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithAMessage() {
        browser.get("/signin");
        Browser.Page page = browser.post("/signin", Map.of("email", Browser.ADMIN_EMAIL, "password", "not-the-password", "next", "/"));

        assertThat(page.status()).isEqualTo(401);
        assertThat(page.html()).contains("Неправильна електронна пошта або пароль").contains("name=\"password\"");
        assertThat(browser.cookie("fakh_session")).isNull();
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
    void onlyLocalNextAddressesAreFollowed() {
        browser.get("/signin");
        Browser.Page page = browser.post("/signin", Map.of("email", Browser.ADMIN_EMAIL, "password", Browser.ADMIN_PASSWORD,
                "next", "//evil.example/steal"));

        assertThat(page.location()).isEqualTo("/");
    }
}
