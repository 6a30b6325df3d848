package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The certificate pages on a 360 px phone: the public check page HR opens from the QR code (valid, then
 * revoked: the state in words, not only in colour), HR's list and the trainer's list of a course, none
 * wider than the window.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
class CertificatesBrowserIT extends ChromiumTest {
    @Inject
    Outbox outbox;

    @Test
    void theCheckPageHrAndTrainerListsFitAPhoneAndTheRevokedStateReadsInWords() {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID provider = Api.id(api.post(admin, "/api/organizations", Map.of("name", Api.unique("Обласний центр соціальних служб"),
                "kind", "PROVIDER", "edrpou", "14360570")).body());
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Житомирська область"), "OBLAST", null));
        UUID hromada = Api.id(api.createOrganization(admin, Api.unique("Новоград-Волинська міська територіальна громада"), "HROMADA", oblast));
        String trainerEmail = (String) api.createUser(admin, "Тренерка Телефонна", provider, "TRAINER").get("email");
        String trainer = api.login(trainerEmail, Api.PASSWORD);
        Map<String, Object> body = new HashMap<>(Map.of("title", "Ведення випадку в громадах, що постраждали від війни",
                "summary", "Курс", "hours", 30, "outcomes", List.of("Складає індивідуальний план допомоги родині"),
                "language", "uk", "providerId", provider.toString()));
        UUID course = Api.id(api.post(trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        UUID lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок",
                "type", "content_markdown", "content", Map.of("markdown", "Зміст"))).body());
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
        String learner = api.login((String) api.createUser(admin, "Олександра-Вікторія Костянтинопольська", hromada, "LEARNER")
                .get("email"), Api.PASSWORD);
        api.post(learner, "/api/courses/" + course + "/enrollments", Map.of());
        api.get(learner, "/api/lessons/" + lesson);
        outbox.deliverDue();
        Map<String, Object> certificate = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), learner),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0);
        String hrEmail = (String) api.createUser(admin, "Кадровичка Громади", hromada, "HR").get("email");

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            page.navigate(server.getURL() + "/verify/" + certificate.get("code"));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Сертифікат чинний");
            assertFitsViewport(page);

            api.post(trainer, "/api/certificates/" + certificate.get("id") + "/revoke", Map.of("reason", "Документи про навчання підроблені"));
            page.reload();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Сертифікат відкликано");
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Документи про навчання підроблені");
            assertFitsViewport(page);

            page.navigate(server.getURL() + "/verify/" + "0".repeat(26));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Сертифіката з таким кодом перевірки немає");
            assertFitsViewport(page);
        }

        try (BrowserContext context = phone("uk-UA")) {
            Page page = signIn(context, hrEmail);
            page.navigate(server.getURL() + "/hr/certificates");
            assertThat(page.locator("table.stack")).containsText("Олександра-Вікторія Костянтинопольська");
            assertFitsViewport(page);
        }

        try (BrowserContext context = phone("uk-UA")) {
            Page page = signIn(context, trainerEmail);
            page.navigate(server.getURL() + "/lang/en?next=/teach/courses/" + course + "/certificates");
            assertThat(page.locator("table.stack")).containsText("revoked");
            assertFitsViewport(page);
        }
    }

    private Page signIn(BrowserContext context, String email) {
        Page page = context.newPage();
        page.setDefaultTimeout(10_000);
        page.navigate(server.getURL() + "/signin");
        page.getByLabel("Електронна пошта").fill(email);
        page.getByLabel("Пароль").fill(Api.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Вітаємо");
        return page;
    }
}
