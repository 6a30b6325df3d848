package ua.fakh.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner in a real browser (Debian's Chromium, headless, phone-sized): finds a course by a
 * Cyrillic word typed in lower case, enrolls, reads every lesson by following "next", hears that the
 * audio lesson's player loads its file (a 206 answer to the player's Range request, and a duration),
 * marks the audio done, and sees the progress on "My learning".
 */
@MicronautTest(transactional = false)
class LearnCourseBrowserIT extends ChromiumTest {

    @Test
    void aLearnerFindsEnrollsReadsEveryLessonAndSeesProgress() {
        LearnWorld world = new LearnWorld(new Api(client));
        LearnWorld.Course course = world.publishedCourse("OPEN", null);
        String learner = world.newLearner();
        String title = "Курс " + world.word + " для фахівців";

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("uk-UA"))) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            List<String> mediaAnswers = new CopyOnWriteArrayList<>();
            page.onResponse(r -> {
                if (r.url().contains("/materials/")) {
                    mediaAnswers.add(r.status() + " " + r.url());
                }
                if (r.status() >= 400) {
                    System.out.println("Browser got " + r.status() + " for " + r.request().method() + " " + r.url());
                }
            });
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(learner);
            page.getByLabel("Пароль").fill(Api.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Курси").setExact(true)).first().click();
            page.getByLabel("Пошук курсів").fill(world.word.toLowerCase());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Знайти")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
            assertThat(page.locator(".hours").first()).hasText("7.5 год");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Записатися")).click();
            assertThat(page.locator("p.notice[role=status]")).containsText("Вас зараховано"); // the course page has a second status: what completion still needs
            screenshot(page, "learn-enrolled");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Почати навчання")).click();

            List<String> read = new ArrayList<>();
            while (true) {
                String heading = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent();
                read.add(heading);
                if (page.url().endsWith(course.path("content_audio"))) {
                    Locator audio = page.locator("audio");
                    audio.evaluate("a => a.load()");
                    page.waitForFunction("() => document.querySelector('audio').readyState >= 1");
                    double duration = ((Number) audio.evaluate("a => a.duration")).doubleValue();
                    assertThat(duration).isBetween(0.9, 1.1);
                    screenshot(page, "learn-audio");
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Позначити як виконаний")).click();
                    assertThat(page.locator(".lesson-meta .done-mark")).containsText("виконано");
                }
                Locator next = page.locator("a[rel=next]");
                if (next.count() == 0) {
                    break;
                }
                next.click();
            }
            assertThat(read).containsExactly("Що таке стрес", "Дихальна вправа", "Відео засідання", "Посібник", "Стандарт",
                    "Підсумковий тест");
            assertThat(mediaAnswers).anyMatch(answer -> answer.startsWith("206 ")
                    && answer.contains(course.materials().get("audio").toString()));

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Моє навчання")).first().click();
            Locator card = page.locator(".course-card", new Page.LocatorOptions().setHasText(title));
            assertThat(card).containsText("Навчається");
            String progress = card.locator(".progress-text").textContent().replaceAll("\\D", "");
            assertThat(Integer.parseInt(progress)).isGreaterThan(0);
            screenshot(page, "learn-my-learning");
        }
    }
}
