package ua.fakh.web.errors;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a browser (or someone imitating one) sends to pages: odd addresses and NUL characters are never a 500. */
@MicronautTest(transactional = false)
class PageInputsIT extends PageTest {

    @Test
    void aLanguageSwitchBackToAnAddressWithASpaceGoesHome() {
        Browser.Page page = browser.get("/lang/en?next=%2Fx%20y");
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/");
    }

    @Test
    void signingInWithANextAddressWithASpaceGoesHome() {
        browser.get("/signin");
        Browser.Page page = browser.post("/signin", Map.of("email", Browser.ADMIN_EMAIL, "password", Browser.ADMIN_PASSWORD,
                "next", "/x y"));
        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/");
        assertThat(browser.get("/signin?next=%2Fa%20b").status()).isEqualTo(200);
    }

    @Test
    void aNulInASignInFormIsABadRequestPage() {
        browser.get("/signin");
        Browser.Page page = browser.post("/signin", Map.of("email", "admin\u0000@test.fakh", "password", "x", "next", "/"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
    }

    @Test
    void aNulInAPageAddressIsABadRequestPage() {
        assertThat(browser.get("/verify/AB%00CD").status()).isEqualTo(400);
        browser.signInAsAdmin();
        Browser.Page search = browser.get("/courses?q=%00");
        assertThat(search.status()).isEqualTo(400);
        assertThat(search.contentType()).startsWith("text/html");
    }
}
