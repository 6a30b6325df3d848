package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner on a phone downloads a course of ten text lessons and a quiz: sees its size first, watches the
 * progress complete, and the course takes under 300 KB (counted from the cached bodies themselves). Then,
 * without a connection, a new page opened at a lesson shows the lesson, and a lesson of a course never
 * downloaded shows Fakh's offline page. Back online, the trainer publishes a new version: the course page
 * offers the update, which stores version 2; Remove empties the course's cache.
 */
@MicronautTest(transactional = false)
class DownloadForOfflineBrowserIT extends ChromiumTest {
    private static final String WORKER_READY = "() => navigator.serviceWorker.ready.then(() => true)";
    private static final int LIMIT_BYTES = 300 * 1024;
    private static final String CACHED_BYTES = """
            async (courseId) => {
              const cache = await caches.open('fakh-course-' + courseId);
              let bytes = 0;
              for (const request of await cache.keys()) {
                bytes += (await (await cache.match(request)).blob()).size;
              }
              return bytes;
            }""";

    private Api api;
    private LearnWorld world;

    @Test
    @SuppressWarnings("unchecked")
    void aLearnerDownloadsACourseReadsItOfflineUpdatesItAndRemovesIt() {
        api = new Api(client);
        world = new LearnWorld(api);
        Course course = course("Кризове консультування " + world.word, 10);
        Course other = course("Інший курс " + world.word, 1);
        String learner = world.newLearner();
        String learnerToken = api.login(learner, Api.PASSWORD);
        for (Course c : List.of(course, other)) {
            check(api.post(learnerToken, "/api/courses/" + c.id + "/enrollments", Map.of()));
        }

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(20_000);
            page.onConsoleMessage(m -> System.out.println("Browser console: " + m.text()));
            page.onResponse(r -> {
                if (r.status() >= 400) {
                    System.out.println("Browser got " + r.status() + " for " + r.request().method() + " " + r.url());
                }
            });
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(learner);
            page.getByLabel("Пароль").fill(Api.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
            page.waitForURL(url -> !url.contains("/signin"));

            page.navigate(server.getURL() + "/courses/" + course.id);
            page.evaluate(WORKER_READY);
            Locator section = page.locator("#offline-download");
            assertThat(section).isVisible();
            assertThat(section.getByRole(AriaRole.HEADING)).hasText("Завантажити для офлайн");
            assertThat(section.locator("[data-role=size]")).hasText(java.util.regex.Pattern.compile("Обсяг: ≈ \\d+ КБ без записів"));
            assertFitsViewport(page);
            screenshot(page, "offline-before-download");

            section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Завантажити").setExact(true)).click();
            // a generous wait: a loaded build machine renders the pages one by one
            assertThat(section.locator("[data-role=status]")).hasText("Завантаження завершено.",
                    new LocatorAssertions.HasTextOptions().setTimeout(60_000));
            assertThat((Boolean) section.locator("progress").evaluate("p => p.max > 0 && p.value === p.max"))
                    .as("the progress bar completed").isTrue();
            assertThat(section.locator("[data-role=stored]")).containsText("версія 1");
            assertThat(section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Видалити з пристрою"))).isVisible();
            assertFitsViewport(page);
            screenshot(page, "offline-downloaded");

            long cached = ((Number) page.evaluate(CACHED_BYTES, course.id.toString())).longValue();
            long recorded = ((Number) page.evaluate("id => FakhDb.get('downloads', id).then(r => r.bytes)", course.id.toString())).longValue();
            System.out.printf("Downloaded course of 10 text lessons and a quiz: %d bytes in Cache Storage (%.1f KB), record says %d%n",
                    cached, cached / 1024.0, recorded);
            assertThat(cached).isPositive().isLessThan(LIMIT_BYTES);
            assertThat(recorded).isEqualTo(cached);
            Object urls = page.evaluate("id => caches.open('fakh-course-' + id).then(c => c.keys())"
                    + ".then(keys => keys.map(k => new URL(k.url).pathname))", course.id.toString());
            assertThat((List<Object>) urls).contains("/courses/" + course.id, course.lessonPath(0), course.lessonPath(9), "/quiz/" + course.quiz);

            Object kinds = page.evaluate("id => FakhDb.get('downloads', id).then(r => r.pages.map(p => p.kind + ' ' + p.url))", course.id.toString());
            System.out.println("Record pages: " + kinds);
            assertThat((List<Object>) kinds).anyMatch(k -> k.toString().startsWith("attempt /quiz/attempts/"));
            assertThat((List<Object>) urls).isNotNull();
            Object attemptUrls = page.evaluate("id => caches.open('fakh-course-' + id).then(c => c.keys())"
                    + ".then(keys => keys.map(k => new URL(k.url).pathname).filter(p => p.startsWith('/quiz/attempts/')))", course.id.toString());
            System.out.println("Attempt pages cached: " + attemptUrls);
            assertThat((List<Object>) attemptUrls).hasSize(1);
            context.setOffline(true);
            page.close();
            Page offline = context.newPage();
            offline.setDefaultTimeout(20_000);
            offline.navigate(server.getURL() + course.lessonPath(4));
            assertThat(offline.locator("h1")).hasText("Урок 5");
            assertThat(offline.locator(".lesson-body")).containsText("Пункт 5 плану безпеки");
            assertFitsViewport(offline);
            screenshot(offline, "offline-lesson");

            offline.navigate(server.getURL() + other.lessonPath(0));
            assertThat(offline.locator("h1")).hasText("Ви офлайн");
            assertThat(offline.locator("#offline-downloads")).containsText(course.title);
            screenshot(offline, "offline-not-downloaded");
            context.setOffline(false);

            Map<String, Object> added = check(api.post(world.trainer, "/api/sections/" + course.section + "/lessons",
                    Map.of("title", "Урок 11", "type", "content_markdown", "content", Map.of("markdown", "Новий урок."))));
            check(api.post(world.trainer, "/api/courses/" + course.id + "/publish", Map.of()));
            offline.navigate(server.getURL() + "/courses/" + course.id);
            Locator again = offline.locator("#offline-download");
            assertThat(again.locator("[data-role=update]")).hasText("Доступна нова версія курсу.");
            again.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Оновити")).click();
            assertThat(again.locator("[data-role=stored]")).containsText("версія 2",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(again.locator("[data-role=update]")).isHidden();
            Object updated = offline.evaluate("id => caches.open('fakh-course-' + id).then(c => c.keys())"
                    + ".then(keys => keys.map(k => new URL(k.url).pathname))", course.id.toString());
            assertThat((List<Object>) updated).contains("/courses/" + course.id + "/lessons/" + added.get("id"));
            screenshot(offline, "offline-updated");

            again.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Видалити з пристрою")).click();
            assertThat(again.locator("[data-role=status]")).hasText("Видалено з пристрою.");
            assertThat(((Number) offline.evaluate(CACHED_BYTES, course.id.toString())).longValue()).isZero();
            assertThat((Boolean) offline.evaluate("id => FakhDb.get('downloads', id).then(r => r === undefined)",
                    course.id.toString())).isTrue();
            assertThat(again.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Завантажити").setExact(true))).isVisible();
        }
    }

    /** A published course of {@code lessons} text lessons of about a kilobyte each, then a quiz of one question. */
    private Course course(String title, int lessons) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "summary", "Як допомогти людині в кризі",
                "hours", 4, "outcomes", List.of("Складає план безпеки"), "language", "uk",
                "providerId", world.provider.toString(), "enrollmentPolicy", "OPEN"));
        UUID id = Api.id(check(api.post(world.trainer, "/api/courses", body)));
        UUID section = Api.id(check(api.post(world.trainer, "/api/courses/" + id + "/sections", Map.of("title", "Уроки"))));
        List<UUID> ids = new ArrayList<>();
        for (int i = 1; i <= lessons; i++) {
            String text = "## Пункт " + i + " плану безпеки\n\n"
                    + "Фахівець разом з отримувачем послуг визначає ознаки кризи, людей, до яких можна звернутися, і безпечні місця. ".repeat(6);
            ids.add(Api.id(check(api.post(world.trainer, "/api/sections/" + section + "/lessons",
                    Map.of("title", "Урок " + i, "type", "content_markdown", "content", Map.of("markdown", text))))));
        }
        check(api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + id + "/questions/import",
                "$CATEGORY: Тест\n\n::Q1::План безпеки складають разом з отримувачем. {T}\n").contentType(MediaType.TEXT_PLAIN_TYPE),
                world.trainer)));
        UUID quiz = Api.id(check(api.post(world.trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Підсумковий тест",
                "type", "content_quiz", "content", Map.of("category", "Тест", "randomCount", 1, "role", "POST_TEST", "offline", true)))));
        check(api.post(world.trainer, "/api/courses/" + id + "/publish", Map.of()));
        return new Course(id, title, section, ids, quiz);
    }

    private record Course(UUID id, String title, UUID section, List<UUID> lessons, UUID quiz) {
        String lessonPath(int index) {
            return "/courses/" + id + "/lessons/" + lessons.get(index);
        }
    }

    private static Map<String, Object> check(HttpResponse<Map<String, Object>> response) {
        if (response.code() >= 300) {
            throw new AssertionError("API refused: " + response.code() + " " + Api.body(response));
        }
        return response.body();
    }
}
