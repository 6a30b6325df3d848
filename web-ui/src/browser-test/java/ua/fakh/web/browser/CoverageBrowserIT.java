package ua.fakh.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.testing.Api;
import ua.fakh.web.analytics.CoverageWorld;

import javax.sql.DataSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The coverage page on a 360 px phone (each table row a card, nothing wider than the screen, the filter
 * applied from its form, a row leading to its people) and on a 1280 px screen (tables with headers).
 */
@MicronautTest(transactional = false)
class CoverageBrowserIT extends ChromiumTest {
    @Inject
    DataSource dataSource;
    @Inject
    AnalyticsScopes scopes;

    @Test
    void hrReadsTheReportOnAPhoneFiltersItAndOpensThePeopleOfARow() {
        CoverageWorld world = new CoverageWorld(new Api(client), dataSource, scopes);
        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            signInThroughForm(page, world.email("hrOblast"));
            page.navigate(server.getURL() + "/analytics?from=2026-01-01&to=2026-12-31");

            assertThat(page.locator(".analytics-keys")).containsText("29");
            Locator hromadaA = page.locator("#coverage-hromadas tr", new Page.LocatorOptions().setHasText(world.name("hromadaA")));
            assertThat(hromadaA.locator("td[data-label='Навчено']")).hasText("9");
            assertThat(page.locator("#coverage-institutions td[data-label='Навчено']").first()).hasText("<5");
            assertFitsViewport(page);
            screenshot(page, "coverage-phone");

            page.getByLabel("Курс").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(2));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Показати")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*course=.*"));
            assertThat(page.locator(".analytics-keys")).not().containsText("29");
            assertFitsViewport(page);

            page.navigate(server.getURL() + "/analytics?from=2026-01-01&to=2026-12-31");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(world.name("institutionA"))).click();
            assertThat(page.locator("main")).containsText("Особа A1");
            assertFitsViewport(page);
        }
    }

    @Test
    void aWideScreenShowsTheTablesWithTheirHeaders() {
        CoverageWorld world = new CoverageWorld(new Api(client), dataSource, scopes);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("uk-UA"))) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            signInThroughForm(page, world.email("analyst"));
            page.navigate(server.getURL() + "/analytics?from=2026-01-01&to=2026-12-31");

            assertThat(page.locator("#coverage-hromadas thead")).isVisible();
            assertThat(page.locator("#coverage-districts tbody tr")).hasCount(1);
            assertThat(page.locator("main")).not().containsText("Особа");
            assertFitsViewport(page);
            screenshot(page, "coverage-wide");
        }
    }
}
