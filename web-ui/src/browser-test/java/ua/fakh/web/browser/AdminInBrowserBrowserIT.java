package ua.fakh.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator in a real browser (Debian's Chromium, headless): signs in through the form, switches
 * to English and back, creates an oblast and a hromada inside it, and opens the oblast in the tree,
 * which loads its children with htmx. Fails, never skips, when Chromium is missing.
 */
@MicronautTest(transactional = false)
class AdminInBrowserBrowserIT extends ChromiumTest {

    @Test
    void adminSignsInSwitchesLanguageAndBuildsTheOrganizationTree() {
        // a phone-sized window (the pages must work at 360 px) of a browser set to Ukrainian
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("uk-UA"))) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            // failures the server answered show in the test output, to tell them from the test's own
            page.onResponse(r -> {
                if (r.status() >= 400) {
                    System.out.println("Browser got " + r.status() + " for " + r.request().method() + " " + r.url());
                }
            });
            page.navigate(server.getURL() + "/");
            assertThat(page.locator("html")).hasAttribute("lang", "uk");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Увійти").setExact(true)).first().click();

            page.getByLabel("Електронна пошта").fill("admin@test.fakh");
            page.getByLabel("Пароль").fill("admin-password-for-tests");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Вітаємо, Адміністратор!");
            screenshot(page, "home-uk");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Welcome, Адміністратор!");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Українська")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Вітаємо, Адміністратор!");

            String oblast = "Волинська область " + UUID.randomUUID().toString().substring(0, 6);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Організації").setExact(true)).first().click();
            page.getByLabel("Тип", new Page.GetByLabelOptions().setExact(true)).selectOption("OBLAST");
            page.getByLabel("Назва українською").fill(oblast);
            page.getByLabel("Назва англійською").fill("Volyn Oblast");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Створити організацію")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Створено: " + oblast);
            assertThat(page.locator(".tree .org.highlighted .org-name")).hasText(oblast);

            String hromada = "Луцька міська громада " + UUID.randomUUID().toString().substring(0, 6);
            page.locator(".org", new Page.LocatorOptions().setHasText(oblast)).first().locator("summary").first().click();
            page.locator(".org.highlighted").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName("Додати всередину")).click();
            page.getByLabel("Тип", new Page.GetByLabelOptions().setExact(true)).selectOption("HROMADA");
            page.getByLabel("Назва українською").fill(hromada);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Створити організацію")).click();
            assertThat(page.locator(".tree .org.highlighted .org-name")).hasText(hromada);
            screenshot(page, "tree-created");

            // a fresh tree: opening the oblast fetches its children (htmx)
            page.navigate(server.getURL() + "/admin/organizations");
            page.locator(".org", new Page.LocatorOptions().setHasText(oblast)).first().locator("summary").first().click();
            assertThat(page.locator(".org-name", new Page.LocatorOptions().setHasText(hromada))).isVisible();
            screenshot(page, "tree-opened");
        }
    }
}
