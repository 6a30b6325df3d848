package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator on a 360 px phone: the CSV import report lists the invited people on the screen
 * (the table used to hide its last column off to the right), and disabling a person asks first on a page that fits.
 */
@MicronautTest(transactional = false)
class AdminToolsOnAPhoneBrowserIT extends ChromiumTest {

    @Test
    void theImportReportListsTheInvitedAndDisablingAsksFirst() {
        Api api = new Api(client);
        String admin = api.adminToken();
        String code = Api.unique("PHONE");
        api.post(admin, "/api/organizations", Map.of("name", Api.unique("Центр на телефоні"), "kind", "PROVIDER", "code", code));
        String name = "Лариса Телефонна " + UUID.randomUUID().toString().substring(0, 4);
        String email = Api.unique("phone") + "@test.fakh";

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(Api.ADMIN_EMAIL);
            page.getByLabel("Пароль").fill(Api.ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();

            page.navigate(server.getURL() + "/admin/users/import");
            page.getByLabel("Або вставте рядки сюди").fill("email,fullName,organization,roles\n"
                    + email + "," + name + "," + code + ",LEARNER\nnot-an-email,Хтось,Немає такої,LEARNER\n");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Імпортувати")).click();

            Locator invited = page.locator("table.accounts td", new Page.LocatorOptions().setHasText(email)).first();
            assertThat(invited).isVisible();
            BoundingBox box = invited.boundingBox();
            assertThat(box.x + box.width).as("the invited person's address is on the screen").isLessThanOrEqualTo(PHONE_WIDTH);
            assertThat(page.locator("table.stack").first()).containsText("не є адресою електронної пошти");
            assertFitsViewport(page);

            page.navigate(server.getURL() + "/admin/users?q=" + email);
            assertFitsViewport(page);
            page.locator("tr", new Page.LocatorOptions().setHasText(name)).locator("button", new Locator.LocatorOptions()
                    .setHasText("Заблокувати")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Заблокувати обліковий запис?");
            assertThat(page.locator(".confirm")).containsText(name);
            assertFitsViewport(page);
            page.locator(".confirm button[type=submit]").click();

            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Обліковий запис заблоковано");
            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(name))).containsText("Заблокований");
            assertFitsViewport(page);
        }
    }
}
