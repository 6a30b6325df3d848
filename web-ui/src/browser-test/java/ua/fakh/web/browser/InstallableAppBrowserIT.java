package ua.fakh.web.browser;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.fakh.core.testing.Api;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fakh as an installable app in Chromium: the manifest carries what installing needs and Chromium's
 * own installability check finds nothing missing; the service worker controls the pages; without a
 * connection a page this phone never stored gives Fakh's offline page in Ukrainian and a stored one
 * opens marked as an offline copy; signing out removes the downloaded courses but not the outbox.
 */
@MicronautTest(transactional = false)
class InstallableAppBrowserIT extends ChromiumTest {
    private static final String WORKER_READY = "() => navigator.serviceWorker.ready.then(() => true)";
    /** FakhDb, loaded as pwa.js loads it (the address it names), for the tests to store what a download would. */
    private static final String LOAD_DB = """
            new Promise((ok, no) => {
              const script = document.createElement('script');
              script.src = document.querySelector('script[data-db]').dataset.db;
              script.onload = () => ok(window.FakhDb);
              script.onerror = no;
              document.head.appendChild(script);
            })""";

    @TempDir
    Path profile;

    @Test
    void chromiumFindsTheAppInstallable() throws IOException {
        // Chromium never offers to install from an incognito profile, and every new context is one: a real profile here.
        try (BrowserContext context = playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(Paths.get(System.getProperty("fakh.browser.executable", "/usr/bin/chromium"))).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking"))
                .setLocale("uk-UA").setViewportSize(PHONE_WIDTH, 740))) {
            Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
            page.setDefaultTimeout(15_000);
            page.navigate(server.getURL() + "/");
            page.evaluate(WORKER_READY);
            page.reload();
            assertThat((Boolean) page.evaluate("() => navigator.serviceWorker.controller !== null"))
                    .as("the service worker controls the page").isTrue();

            CDPSession cdp = context.newCDPSession(page);
            JsonObject manifest = cdp.send("Page.getAppManifest");
            assertThat(manifest.getAsJsonArray("errors")).as("manifest errors").isEmpty();
            JsonObject installability = cdp.send("Page.getInstallabilityErrors");
            assertThat(installability.getAsJsonArray("installabilityErrors")).as("installability errors").isEmpty();

            JsonObject fields = JsonParser.parseString(manifest.get("data").getAsString()).getAsJsonObject();
            assertThat(fields.get("name").getAsString()).startsWith("Фах:");
            assertThat(fields.get("short_name").getAsString()).isEqualTo("Фах");
            assertThat(fields.get("display").getAsString()).isEqualTo("standalone");
            assertThat(fields.get("scope").getAsString()).isEqualTo("/");
            assertThat(fields.get("start_url").getAsString()).startsWith("/");
            JsonArray icons = fields.getAsJsonArray("icons");
            assertThat(icons).hasSize(3);
            for (var element : icons) {
                JsonObject icon = element.getAsJsonObject();
                int size = Integer.parseInt(icon.get("sizes").getAsString().split("x")[0]);
                APIResponse png = page.request().get(server.getURL() + icon.get("src").getAsString());
                assertThat(png.status()).isEqualTo(200);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
                assertThat(image.getWidth()).as(icon.get("src").getAsString()).isEqualTo(size).isIn(192, 512);
                assertThat(image.getHeight()).isEqualTo(size);
            }
        }
    }

    @Test
    void offlineAPageNeverStoredGivesTheOfflinePageAndAStoredOneIsMarkedAsACopy() {
        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(server.getURL() + "/signin");
            page.evaluate(WORKER_READY);
            page.evaluate("""
                    async () => {
                      const cache = await caches.open('fakh-course-test');
                      await cache.add('/verify');
                      const db = await (%s);
                      await db.put('downloads', {courseId: 'test', userId: 'nobody', title: 'Перша допомога',
                        version: 1, bytes: 1000, mediaLessons: [], downloadedAt: Date.now(),
                        pages: [{url: '/verify', title: 'Перевірка сертифіката', kind: 'lesson'}]});
                    }""".formatted(LOAD_DB));

            context.setOffline(true);
            page.navigate(server.getURL() + "/courses/" + UUID.randomUUID());
            assertThat(page.locator("h1")).hasText("Ви офлайн");
            assertThat(page.locator("html")).hasAttribute("lang", "uk");
            assertThat(page.locator("#offline-downloads")).containsText("Перша допомога");
            assertFitsViewport(page);

            page.locator("#offline-downloads").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                    .setName("Перевірка сертифіката")).click();
            page.waitForURL("**/verify");
            assertThat(page.locator("html")).hasAttribute("data-offline-copy", "");
            assertThat(page.locator("#offline-copy")).isVisible();
            assertThat(page.locator("#offline-copy")).containsText("Збережена копія");
        }
    }

    @Test
    void signingOutForgetsTheDownloadedCoursesButKeepsTheOutbox() {
        String learner = newLearner("Марія Коваль");

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            signIn(page, learner);
            assertThat(page.locator("meta[name=fakh-user]")).hasAttribute("content", java.util.regex.Pattern.compile("[0-9a-f-]{36}"));
            page.evaluate(WORKER_READY);
            page.evaluate("""
                    async () => {
                      await (await caches.open('fakh-course-one')).add('/');
                      await (await caches.open('fakh-course-two')).add('/');
                      const db = await (%s);
                      await db.put('downloads', {courseId: 'one', title: 'Один', pages: []});
                      await db.put('downloads', {courseId: 'two', title: 'Два', pages: []});
                      await db.put('outbox', {key: 'done:lesson', kind: 'done', state: 'waiting'});
                      const shell = (await caches.keys()).find(n => n.startsWith('fakh-shell-')) || 'fakh-shell-test';
                      await (await caches.open(shell)).put('/sync', new Response('the sync centre, naming the waiting work of this person'));
                    }""".formatted(LOAD_DB));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Вийти")).click();
            assertThat(page.locator("nav a[href^=\"/signin\"]")).isVisible(); // signed out: the form went after the clean-up

            Object left = page.evaluate("""
                    async () => {
                      const names = await caches.keys();
                      const db = await new Promise((ok, no) => {
                        const open = indexedDB.open('fakh', 1);
                        open.onsuccess = () => ok(open.result);
                        open.onerror = no;
                      });
                      const count = store => new Promise(ok => {
                        const request = db.transaction(store).objectStore(store).count();
                        request.onsuccess = () => ok(request.result);
                      });
                      return 'courses ' + names.filter(n => n.startsWith('fakh-course-')).length
                           + ', shells ' + names.filter(n => n.startsWith('fakh-shell-')).length
                           + ', downloads ' + await count('downloads') + ', outbox ' + await count('outbox')
                           + ', sync copies ' + (await Promise.all(names.filter(n => n.startsWith('fakh-shell-'))
                                 .map(async n => (await (await caches.open(n)).match('/sync')) ? 1 : 0))).reduce((a, b) => a + b, 0);
                    }""");
            assertThat(left).isEqualTo("courses 0, shells 1, downloads 0, outbox 1, sync copies 0");
        }
    }

    @Test
    void someoneElseSigningInRemovesThePreviousPersonsDownloads() {
        String learner = newLearner("Ірина Бондар");

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            page.navigate(server.getURL() + "/signin");
            page.evaluate("""
                    async () => {
                      await (await caches.open('fakh-course-left')).add('/verify');
                      const db = await (%s);
                      await db.put('downloads', {courseId: 'left', userId: 'someone-whose-session-ran-out', title: 'Чужий', pages: []});
                    }""".formatted(LOAD_DB));

            signIn(page, learner);

            page.waitForFunction("""
                    async () => !(await caches.keys()).includes('fakh-course-left')
                      && !!window.FakhDb && (await window.FakhDb.all('downloads')).length === 0""");
        }
    }

    private String newLearner(String fullName) {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Навчальний центр"), "PROVIDER", null));
        return (String) api.createUser(admin, fullName, provider, "LEARNER").get("email");
    }

    private void signIn(Page page, String email) {
        page.navigate(server.getURL() + "/signin");
        page.getByLabel("Електронна пошта").fill(email);
        page.getByLabel("Пароль").fill(Api.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
        page.waitForURL(url -> !url.contains("/signin"));
    }
}
