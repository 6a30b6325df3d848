package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A learner on a 360 px phone searches the catalogue for "насильство" and finds the course whose title
 * says "насильству"; after enrolling, its card says so. The page never scrolls sideways.
 */
@MicronautTest(transactional = false)
class CatalogueSearchBrowserIT extends ChromiumTest {

    @Test
    void aLearnerOnAPhoneFindsAWordInAnotherFormAndSeesTheCourseSheIsEnrolledIn() {
        Api api = new Api(client);
        LearnWorld world = new LearnWorld(api);
        String title = "Протидія домашньому насильству " + world.word;
        UUID course = publish(api, world, title);
        String learner = world.newLearner();
        api.post(api.login(learner, Api.PASSWORD), "/api/courses/" + course + "/enrollments", Map.of());

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(learner);
            page.getByLabel("Пароль").fill(Api.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();

            page.navigate(server.getURL() + "/courses?provider=" + world.provider);
            assertFitsViewport(page);
            page.getByLabel("Пошук курсів").fill("Насильство");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Знайти")).click();

            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
            assertThat(page.locator(".course-card .standing")).hasText("▶ Ви записані на цей курс");
            assertFitsViewport(page);
        }
    }

    private static UUID publish(Api api, LearnWorld world, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("summary", "Як розпізнати насильство в сім’ї та допомогти постраждалим");
        body.put("hours", 4);
        body.put("outcomes", List.of("Оцінює ризики"));
        body.put("competences", List.of());
        body.put("language", "uk");
        body.put("providerId", world.provider.toString());
        body.put("tags", List.of("насильство", "сім'я"));
        UUID id = Api.id(api.post(world.trainer, "/api/courses", body).body());
        UUID section = Api.id(api.post(world.trainer, "/api/courses/" + id + "/sections", Map.of("title", "Розділ")).body());
        api.post(world.trainer, "/api/sections/" + section + "/lessons",
                Map.of("title", "Урок", "type", "content_markdown", "content", Map.of("markdown", "текст")));
        api.post(world.trainer, "/api/courses/" + id + "/publish", Map.of());
        return id;
    }
}
