package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.KatottgCodes;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An administrator on a 360 px phone gives a hromada its facts, sends a facts file with mistakes,
 * looks at the kinds of institution, and gives their own position: every page fits the screen.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.profile-facts.enabled", value = "true")
class PlacesOnAPhoneBrowserIT extends ChromiumTest {

    @Test
    void organisationFactsAreEditedOnAPhone() {
        Api api = new Api(client);
        String admin = api.adminToken();
        String oblastCode = KatottgCodes.oblast("74");
        UUID oblast = Api.id(api.post(admin, "/api/organizations", new HashMap<>(Map.of("name", Api.unique("Чернігівська область"),
                "kind", "OBLAST", "katottg", oblastCode))).body());
        String hromadaName = Api.unique("Новгород-Сіверська міська територіальна громада");
        UUID hromada = Api.id(api.createOrganization(admin, hromadaName, "HROMADA", oblast));
        String hromadaCode = KatottgCodes.hromada(KatottgCodes.district(oblastCode));

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(Api.ADMIN_EMAIL);
            page.getByLabel("Пароль").fill(Api.ADMIN_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();

            page.navigate(server.getURL() + "/admin/organizations/" + hromada + "/edit");
            page.getByLabel("Код КАТОТТГ").fill("UA74");
            page.getByLabel("Тип громади").selectOption("CITY");
            page.getByLabel("Прифронтова з").fill("2022-02-24");
            page.getByLabel("Штатна чисельність").fill("-3");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зберегти")).click();
            assertThat(page.locator("#f-katottg-error")).containsText("має бути кодом КАТОТТГ");
            assertThat(page.locator("#f-staffHeadcount-error")).isVisible();
            assertFitsViewport(page);
            page.getByLabel("Код КАТОТТГ").fill(hromadaCode);
            page.getByLabel("Штатна чисельність").fill("40");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зберегти")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Збережено");

            page.navigate(server.getURL() + "/admin/organizations?open=" + hromada + "#org-" + hromada);
            assertThat(page.locator("#org-" + hromada + " summary")).containsText(hromadaCode);
            assertFitsViewport(page);

            page.navigate(server.getURL() + "/admin/organizations/facts");
            page.getByLabel("Файл CSV").setInputFiles(new FilePayload("facts.csv", "text/csv",
                    ("organization;hromada_kind;staff_headcount\n" + hromada + ";VILLAGE;багато\nНемає;;\n").getBytes(StandardCharsets.UTF_8)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Перевірити й застосувати")).click();
            assertThat(page.locator("table.facts-errors")).containsText("має бути RURAL, TOWN або CITY");
            assertFitsViewport(page);

            page.navigate(server.getURL() + "/admin/institution-kinds");
            assertThat(page.locator("#kind-admin_services_centre h2")).hasText("ЦНАП");
            assertFitsViewport(page);

            page.navigate(server.getURL() + "/profile");
            page.getByLabel("Посада").fill("Адміністраторка платформи");
            page.getByLabel("Стаж у соціальній роботі, років").fill("5");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зберегти").setExact(true)).last().click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Посаду й стаж збережено.");
            assertFitsViewport(page);
        }
    }
}
