package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A trainer on a 360 px phone: /teach and the course editor (with its drag handles shown) fit the screen.
 */
@MicronautTest(transactional = false)
class TeachOutlineBrowserIT extends ChromiumTest {

    @Test
    void onAPhoneTeachAndTheEditorFitTheScreen() {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Навчальний центр"), "PROVIDER", null));
        String email = (String) api.createUser(admin, "Оксана Тренерка", provider, "TRAINER").get("email");
        String trainer = api.login(email, Api.PASSWORD);
        UUID course = Api.id(api.post(trainer, "/api/courses", course(provider,
                "Соціальний супровід сімей, які перебувають у складних життєвих обставинах")).body());
        UUID first = section(api, trainer, course, "Перший розділ");
        UUID second = section(api, trainer, course, "Другий розділ");
        lesson(api, trainer, first, "Урок А");
        lesson(api, trainer, first, "Урок Б");
        lesson(api, trainer, second, "Урок В");
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(email);
            page.getByLabel("Пароль").fill(Api.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();

            page.navigate(server.getURL() + "/teach");
            assertThat(page.locator("table.teach-courses")).containsText("Соціальний супровід");
            assertFitsViewport(page);

            page.navigate(server.getURL() + "/teach/courses/" + course);
            assertThat(page.locator(".reorder-hint")).isVisible();
            assertFitsViewport(page);
            // TODO(issue12): dragging with Playwright's dragTo did not reach the drop handler in headless
            // Chromium here; the drop route itself is proven by OutlineToolsPagesIT
        }
    }

    private static Map<String, Object> course(UUID provider, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "Опис");
        body.put("hours", 4);
        body.put("outcomes", List.of("Уміє"));
        body.put("language", "uk");
        body.put("providerId", provider.toString());
        return body;
    }

    private static UUID section(Api api, String trainer, UUID course, String title) {
        return Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", title)).body());
    }

    private static void lesson(Api api, String trainer, UUID section, String title) {
        api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", title, "type", "content_markdown",
                "content", Map.of("markdown", "Текст")));
    }
}
