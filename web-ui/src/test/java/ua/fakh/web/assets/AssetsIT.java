package ua.fakh.web.assets;

import io.micronaut.http.HttpHeaders;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files: pages link them by content hash and they are kept for a year; the old addresses
 * still answer, briefly cached; there is a favicon; htmx comes only with the pages that use it.
 */
@MicronautTest(transactional = false)
class AssetsIT extends PageTest {

    @Test
    void pagesLinkFingerprintedFilesThatAreCachedForAYear() {
        Browser.Page signin = browser.get("/signin");
        String css = signin.find("<link rel=\"stylesheet\" href=\"(/assets/fakh\\.[0-9a-f]{10}\\.css)\">");

        Browser.Page file = browser.get(css);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("text/css");
        assertThat(file.html()).contains(".visually-hidden");
        assertThat(file.headers().get(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=31536000, immutable");
    }

    @Test
    void theOldAddressAndAStaleHashStillAnswerButOnlyBriefly() {
        Browser.Page old = browser.get("/static/fakh.css");
        Browser.Page stale = browser.get("/assets/fakh.0000000000.css");

        assertThat(old.status()).isEqualTo(200);
        assertThat(old.headers().get(HttpHeaders.CACHE_CONTROL)).doesNotContain("immutable");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.headers().get(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");
        assertThat(browser.get("/assets/nothing.0000000000.css").status()).isEqualTo(404);
        assertThat(browser.get("/assets/../application.yml").status()).isEqualTo(404);
    }

    @Test
    void theFaviconAnswersAsAnIconAndPagesNameAnSvgOne() {
        Browser.Page icon = browser.get("/favicon.ico");

        assertThat(icon.status()).isEqualTo(200);
        assertThat(icon.contentType()).startsWith("image/");
        String svg = browser.get("/signin").find("<link rel=\"icon\" href=\"(/assets/favicon\\.[0-9a-f]{10}\\.svg)\"");
        Browser.Page svgIcon = browser.get(svg);
        assertThat(svgIcon.status()).isEqualTo(200);
        assertThat(svgIcon.html()).startsWith("<svg");
    }

    @Test
    void htmxComesOnlyWithThePagesThatUseIt() {
        assertThat(browser.get("/signin").html()).doesNotContain("htmx");
        browser.signInAsAdmin();
        assertThat(browser.get("/").html()).doesNotContain("htmx");

        Browser.Page organizations = browser.get("/admin/organizations");
        String htmx = organizations.find("<script src=\"(/assets/htmx\\.min\\.[0-9a-f]{10}\\.js)\" defer>");
        Browser.Page script = browser.get(htmx);
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.headers().get(HttpHeaders.CACHE_CONTROL)).contains("immutable");
        assertThat(script.html()).contains("htmx");
    }
}
