package ua.fakh.web.session;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation served over HTTPS (its public address says so, as behind a TLS-terminating proxy):
 * session and CSRF cookies are {@code __Host-} prefixed and Secure, and pages send HSTS.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.public-url", value = "https://fakh.example")
class HttpsCookiesIT extends PageTest {

    @Test
    void cookiesAreHostPrefixedAndSecure() {
        String email = newUser("Захищена Сесія", "LEARNER");

        Browser.Page signInPage = browser.get("/signin");
        Browser.Page signedIn = browser.signIn(email, Api.PASSWORD);

        String csrf = setCookie(signInPage, "__Host-fakh_csrf=");
        String session = setCookie(signedIn, "__Host-fakh_session=");
        for (String cookie : List.of(csrf, session)) {
            assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly").contains("Path=/")
                    .containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Domain=");
        }
        assertThat(signedIn.headers().getAll("Set-Cookie")).noneMatch(c -> c.startsWith("fakh_session="));
        assertThat(browser.get("/profile").status()).isEqualTo(200);
    }

    @Test
    void pagesSendStrictTransportSecurity() {
        assertThat(browser.get("/signin").headers().get("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void aSessionCookieWithoutThePrefixIsIgnored() {
        String email = newUser("Підкинута Кука", "LEARNER");
        browser.signIn(email, Api.PASSWORD);
        String jwt = browser.cookie("__Host-fakh_session");

        try (Browser planted = new Browser(server)) {
            Browser.Page page = planted.send(HttpRequest.GET("/profile").header("Cookie", "fakh_session=" + jwt));

            assertThat(page.status()).isEqualTo(303);
            assertThat(page.location()).startsWith("/signin");
        }
    }

    private static String setCookie(Browser.Page page, String prefix) {
        return page.headers().getAll("Set-Cookie").stream().filter(c -> c.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + prefix + " in " + page.headers().getAll("Set-Cookie")));
    }
}
