package ua.fakh.web.errors;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ErrorPagesIT extends PageTest {

    @Test
    void aLearnerOpeningTheUsersPageGetsTheForbiddenPage() {
        browser.signIn(newUser("Марія Литвиненко", "LEARNER"), Api.PASSWORD);

        Browser.Page page = browser.get("/admin/users");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.html()).contains("Доступ заборонено").contains("href=\"/\"").doesNotContain("\"status\":");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndBack() {
        Browser.Page page = browser.get("/profile");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/signin?next=/profile");
    }

    @Test
    void anUnknownPageIsTheNotFoundPage() {
        Browser.Page page = browser.get("/no/such/page");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.html()).contains("Сторінку не знайдено").contains("<html lang=\"uk\">");
    }

    @Test
    void theNotFoundPageSpeaksTheBrowsersLanguage() {
        Browser.Page page = browser.send(HttpRequest.GET("/no/such/page").header("Accept-Language", "en-GB,en;q=0.9"));

        assertThat(page.html()).contains("Page not found").contains("<html lang=\"en\">");
    }

    @Test
    void theApiStillAnswersProblemJson() {
        Browser.Page page = browser.send(HttpRequest.GET("/api/users").accept(MediaType.APPLICATION_JSON_TYPE));

        assertThat(page.status()).isEqualTo(401);
    }

    @Test
    void theSessionCookieDoesNotOpenTheApi() {
        browser.signInAsAdmin();

        Browser.Page page = browser.send(HttpRequest.GET("/api/me").accept(MediaType.APPLICATION_JSON_TYPE));

        assertThat(page.status()).isEqualTo(401);
    }
}
