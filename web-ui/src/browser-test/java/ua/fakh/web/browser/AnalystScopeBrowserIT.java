package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.testing.Api;
import ua.fakh.core.users.Users;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 360 px phone, the "Analyst scope" of the new-user form appears only once ANALYST is ticked
 * (no script: CSS), and an analyst created with an organisation as its scope gets exactly that.
 */
@MicronautTest(transactional = false)
class AnalystScopeBrowserIT extends ChromiumTest {
    @Inject
    AnalyticsScopes scopes;

    @Inject
    Users users;

    @Test
    void theScopeAppearsWithTheRoleAndIsSavedWithTheNewAnalyst() {
        Api api = new Api(client);
        String oblastName = Api.unique("Область аналітика");
        UUID oblast = Api.id(api.createOrganization(api.adminToken(), oblastName, "OBLAST", null));
        String email = Api.unique("analyst") + "@test.fakh";

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(Api.ADMIN_EMAIL);
            page.getByLabel("Пароль").fill(Api.ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
            page.navigate(server.getURL() + "/admin/users");
            Locator form = page.locator("#new-user form");
            Locator scope = form.locator(".analyst-scope");

            assertThat(scope).isHidden();
            form.getByLabel("Аналітик (лише числа)").check();
            assertThat(scope).isVisible();
            assertFitsViewport(page);

            form.locator("#f-email").fill(email);
            form.locator("#f-fullName").fill("Аліна Аналітикиня");
            form.locator("#f-organizationIdQuery").fill(oblastName); // the picker's filter: options come by htmx
            form.locator("#f-organizationId").selectOption(oblast.toString());
            form.getByLabel("Одна організація з усім, що під нею").check();
            form.locator("#f-analystOrganizationIdQuery").fill(oblastName);
            form.locator("#f-analystOrganizationId").selectOption(oblast.toString());
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Створити користувача")).click();

            assertThat(page.locator("main")).containsText(email);
        }
        UUID created = users.findByEmail(email).orElseThrow().id();
        assertThat(scopes.analystScope(created)).contains(new AnalyticsScopes.AnalystScope(oblast));
    }
}
