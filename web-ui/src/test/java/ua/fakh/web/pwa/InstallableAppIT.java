package ua.fakh.web.pwa;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.page.ContentSecurityPolicy;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installable app over HTTP: the manifest in the reader's language, the service worker with
 * the headers a root-scoped worker needs and a shell cache named after its files, the offline page,
 * and what every page says about them.
 */
@MicronautTest(transactional = false)
class InstallableAppIT extends PageTest {
    @Inject
    JsonMapper json;

    @Test
    void theManifestNamesFakhInUkrainianByDefault() throws IOException {
        Browser.Page answer = anyType("/manifest.webmanifest");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/manifest+json");
        assertThat(answer.headers().get(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
        Map<String, Object> manifest = manifest(answer);
        assertThat(manifest).containsEntry("lang", "uk").containsEntry("short_name", "Фах")
                .containsEntry("display", "standalone").containsEntry("scope", "/").containsEntry("start_url", "/?source=app")
                .containsEntry("id", "/").containsEntry("theme_color", "#0b5cad");
        assertThat((String) manifest.get("name")).startsWith("Фах:");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> icons = (List<Map<String, String>>) manifest.get("icons");
        assertThat(icons).extracting(i -> i.get("sizes") + " " + i.get("purpose"))
                .containsExactly("192x192 any", "512x512 any", "512x512 maskable");
        for (Map<String, String> icon : icons) {
            Browser.Page png = anyType(icon.get("src"));
            assertThat(png.status()).as(icon.get("src")).isEqualTo(200);
            assertThat(png.contentType()).isEqualTo("image/png");
        }
    }

    @Test
    void theManifestSpeaksTheReadersLanguage() throws IOException {
        browser.get("/lang/en?next=/");

        Map<String, Object> manifest = manifest(anyType("/manifest.webmanifest"));

        assertThat(manifest).containsEntry("lang", "en").containsEntry("short_name", "Fakh")
                .containsEntry("name", "Fakh: professional development of social workers");
        assertThat((String) manifest.get("description")).contains("without a connection");
    }

    @Test
    void theServiceWorkerIsServedForTheWholeSiteAndNamesItsShellAfterItsFiles() {
        Browser.Page sw = anyType("/sw.js");

        assertThat(sw.status()).isEqualTo(200);
        assertThat(sw.contentType()).startsWith("text/javascript");
        assertThat(sw.headers().get(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
        assertThat(sw.headers().get("Service-Worker-Allowed")).isEqualTo("/");
        String source = sw.html();
        assertThat(source).doesNotContain("__VERSION__", "__SHELL_FILES__", "__IMPORTS__");
        assertThat(find(source, "var SHELL = 'fakh-shell-([0-9a-f]{10})';")).isNotBlank();
        String css = browser.get("/signin").find("<link rel=\"stylesheet\" href=\"(/assets/fakh\\.[0-9a-f]{10}\\.css)\">");
        String shell = find(source, "var SHELL_FILES = \\[([^]]*)];");
        assertThat(shell).contains("'" + css + "'", "'/offline'").containsPattern("'/assets/pwa\\.[0-9a-f]{10}\\.js'")
                .containsPattern("'/assets/offline-page\\.[0-9a-f]{10}\\.js'");
        assertThat(source).containsPattern("\\['/assets/fakh-db\\.[0-9a-f]{10}\\.js'");
        assertThat(source).contains("'fakh-outbox'", "data-offline-copy");
        assertThat(anyType("/sw.js").html()).as("the same worker at every read").isEqualTo(source);
    }

    @Test
    void theOfflinePageSaysWhatToDoInUkrainianAndEnglishAndNamesNobody() {
        // A person of this test only: switching the language below is kept in their profile, and a
        // shared account (the administrator) would then read every later page of the suite in English.
        String email = newUser("Марта Кравець", "LEARNER");
        browser.signIn(email, Api.PASSWORD);

        Browser.Page offline = browser.get("/offline");

        assertThat(offline.status()).isEqualTo(200);
        assertThat(offline.html()).contains("Ви офлайн", "Спробувати ще раз", "href=\"/sync\"", "offline-page.")
                .doesNotContain(email, "Марта", "name=\"fakh-user\"", "action=\"/signout\"");
        browser.get("/lang/en?next=/");
        assertThat(browser.get("/offline").html()).contains("You are offline", "Try again", "On this device");
    }

    @Test
    void everyPageLinksTheManifestAndTheWorkerAndNamesWhoIsSignedIn() {
        Browser.Page anonymous = browser.get("/");
        assertThat(anonymous.html()).contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\"", "<meta name=\"theme-color\"")
                .containsPattern("<script src=\"/assets/pwa\\.[0-9a-f]{10}\\.js\"[^>]* defer>")
                .containsPattern("<link rel=\"apple-touch-icon\" href=\"/assets/icons/apple-touch-icon\\.[0-9a-f]{10}\\.png\">")
                .doesNotContain("name=\"fakh-user\"");
        assertThat(anonymous.headers().get(ContentSecurityPolicy.HEADER)).contains("worker-src 'self'", "manifest-src 'self'");

        String email = newUser("Олена Гончар", "LEARNER");
        browser.signIn(email, Api.PASSWORD);

        String userId = users.findByEmail(email).orElseThrow().id().toString();
        assertThat(browser.get("/").html()).contains("<meta name=\"fakh-user\" content=\"" + userId + "\">");
    }

    private Browser.Page anyType(String path) {
        return browser.send(HttpRequest.GET(path).accept("*/*"));
    }

    private Map<String, Object> manifest(Browser.Page answer) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = json.readValue(answer.html(), Map.class);
        return manifest;
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in the worker", regex).isTrue();
        return m.group(1);
    }
}
