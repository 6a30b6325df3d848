package ua.fakh.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.testing.Api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The base of the browser suites: the application on an embedded server, and one headless Debian
 * Chromium for the whole class (Playwright never downloads a browser). A missing Chromium fails the
 * suite, it never skips it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ChromiumTest {
    @Inject
    protected EmbeddedServer server;
    @Inject
    @Client("/")
    protected HttpClient client;

    protected static final int PHONE_WIDTH = 360;
    /** Where the suites leave screenshots for a person to look at (CI keeps them with the reports). */
    protected static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

    protected Playwright playwright;
    protected Browser browser;

    @BeforeAll
    protected void launch() {
        Path chromium = Paths.get(System.getProperty("fakh.browser.executable", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium))
                .as("Chromium must be installed at %s (apt-get install -y chromium)", chromium).isTrue();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    }

    /** A phone-sized (360 × 740) browser context speaking the given locale, e.g. "uk-UA" or "en-GB". */
    protected BrowserContext phone(String locale) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, 740).setLocale(locale));
    }

    /**
     * The one check that a page fits its viewport: nothing makes the document wider than the window,
     * so a reader on a 360 px phone never scrolls sideways. Tables may scroll inside their own box.
     */
    public static void assertFitsViewport(Page page) {
        Number documentWidth = (Number) page.evaluate("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
        Number viewportWidth = (Number) page.evaluate("() => window.innerWidth");
        assertThat(documentWidth.intValue())
                .as("%s is %s px wide in a %s px window", page.url(), documentWidth, viewportWidth)
                .isLessThanOrEqualTo(viewportWidth.intValue());
    }

    /** Signs in through the Ukrainian sign-in page, as a person would, with the test password. */
    protected void signInThroughForm(Page page, String email) {
        page.navigate(server.getURL() + "/signin");
        page.getByLabel("Електронна пошта").fill(email);
        page.getByLabel("Пароль").fill(Api.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
    }

    /** The attempt page's question of one type (each quiz world asks one question per type). */
    protected static Locator quizQuestion(Page page, String type) {
        return page.locator(".quiz-question[data-type=" + type + "]");
    }

    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @AfterAll
    protected void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
