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
 * The learner's Open Badge page and the issuer page its credential names, on a 360 px phone, in Ukrainian and in
 * English: readable, and nothing wider than the window (the issuer's address is one long word).
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
class OpenBadgeBrowserIT extends ChromiumTest {
    @Inject
    Outbox outbox;

    @Test
    void theOpenBadgePageAndTheIssuerPageFitAPhoneInBothLanguages() {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID provider = Api.id(api.post(admin, "/api/organizations", Map.of("name", Api.unique("Обласний центр соціальних служб"),
                "nameEn", "Regional centre of social services", "kind", "PROVIDER", "edrpou", Api.newEdrpou())).body());
        UUID hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA",
                Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null))));
        String trainer = api.login((String) api.createUser(admin, "Тренерка", provider, "TRAINER").get("email"), Api.PASSWORD);
        Map<String, Object> body = new HashMap<>(Map.of("title", "Ведення випадку в громадах, що постраждали від війни",
                "summary", "Курс", "hours", 30, "outcomes", List.of("Складає план допомоги"), "language", "uk",
                "providerId", provider.toString()));
        UUID course = Api.id(api.post(trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        UUID lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок",
                "type", "content_markdown", "content", Map.of("markdown", "Зміст"))).body());
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
        String email = (String) api.createUser(admin, "Олександра-Вікторія Костянтинопольська", hromada, "LEARNER").get("email");
        String learner = api.login(email, Api.PASSWORD);
        api.post(learner, "/api/courses/" + course + "/enrollments", Map.of());
        api.get(learner, "/api/lessons/" + lesson);
        outbox.deliverDue();
        Map<String, Object> certificate = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), learner),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0);

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            signInThroughForm(page, email);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Вітаємо");
            page.navigate(server.getURL() + "/certificates");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Про файл Open Badges")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                    .containsText("Як додати його до гаманця");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Завантажити файл Open Badges (.jwt)")))
                    .hasAttribute("href", "/certificates/" + certificate.get("id") + "/credential");
            assertFitsViewport(page);

            page.locator("a[href$='/issuers/" + provider + "']").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
                    .containsText("Як перевірити сертифікат цього видавця");
            assertFitsViewport(page);

            page.navigate(server.getURL() + "/lang/en?next=/issuers/" + provider);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Regional centre of social services");
            assertFitsViewport(page);
            page.navigate(server.getURL() + "/certificates/" + certificate.get("id") + "/open-badge");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))).containsText("How to add it to a wallet");
            assertFitsViewport(page);
        }
    }
}
