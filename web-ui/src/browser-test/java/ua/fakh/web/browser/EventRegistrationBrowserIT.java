package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * On a 360 px phone: a trainer opens registration for a cohort (every mistake shown at once first), a
 * learner takes the one seat, the next joins the waiting list, and HR registers its staff; no page is
 * wider than the phone.
 */
@MicronautTest(transactional = false)
class EventRegistrationBrowserIT extends ChromiumTest {

    @Test
    void aTrainerOpensRegistrationAndLearnersAndHrRegisterOnPhones() {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Центр"), "PROVIDER", null));
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        UUID hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        String trainerEmail = (String) api.createUser(admin, "Тренерка", provider, "TRAINER").get("email");
        String trainer = api.login(trainerEmail, Api.PASSWORD);
        UUID course = Api.id(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", "Онлайн-семінар з ведення випадку",
                "summary", "Опис", "hours", 12, "outcomes", List.of("Веде випадок"), "language", "uk",
                "providerId", provider.toString()))).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Текст", "type", "content_markdown",
                "content", Map.of("markdown", "Зміст")));
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
        UUID cohort = Api.id(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Група Полтава")).body());
        api.post(trainer, "/api/cohorts/" + cohort + "/sessions", Map.of("title", "День перший з довгою назвою заняття",
                "startsAt", "2030-03-02T08:00:00Z", "hours", 6, "place", "Полтава, вулиця Соборності, 1"));
        String first = (String) api.createUser(admin, "Олена Перша", hromada, "LEARNER").get("email");
        String second = (String) api.createUser(admin, "Ігор Другий", hromada, "LEARNER").get("email");
        String staff = (String) api.createUser(admin, "Марія Штатна", hromada, "LEARNER").get("email");
        String hr = (String) api.createUser(admin, "Кадри", hromada, "HR").get("email");

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            signInThroughForm(page, trainerEmail);
            page.navigate(server.getURL() + "/teach/courses/" + course + "/cohorts/" + cohort);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Відкрити налаштування реєстрації")).click();
            assertFitsViewport(page);
            page.getByLabel("Кількість місць").fill("0");
            page.getByLabel("Реєстрація закривається").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зберегти")).click();
            assertThat(page.locator(".error-summary li")).hasCount(2);
            assertFitsViewport(page);
            page.getByLabel("Кількість місць").fill("1");
            page.getByLabel("Реєстрація закривається").fill(LocalDate.now().plusDays(5).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зберегти")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Налаштування реєстрації збережено.");
            assertFitsViewport(page);
        }
        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            signInThroughForm(page, first);
            page.navigate(server.getURL() + "/events/" + cohort);
            assertFitsViewport(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зареєструватися")).click();
            assertThat(page.locator("main")).containsText("Ви маєте місце");
            assertFitsViewport(page);
        }
        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            signInThroughForm(page, second);
            page.navigate(server.getURL() + "/events/" + cohort);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Стати в лист очікування")).click();
            assertThat(page.locator("main")).containsText("Ви 1-й у листі очікування");
            assertFitsViewport(page);
        }
        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            signInThroughForm(page, hr);
            page.navigate(server.getURL() + "/events/" + cohort);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Зареєструвати працівників")).click();
            assertFitsViewport(page);
            page.getByLabel("Марія Штатна").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зареєструвати обраних")).click();
            assertThat(page.locator("#staff-report")).containsText("у листі очікування: 1");
            assertThat(page.locator("main")).containsText("Марія Штатна: у листі очікування (№ 2)");
            assertFitsViewport(page);
        }
    }
}
