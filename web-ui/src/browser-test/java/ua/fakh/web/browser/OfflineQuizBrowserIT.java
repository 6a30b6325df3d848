package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.quiz.QuizWorld;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A social worker prepares a test the trainer allows offline while at the office, then takes it at
 * home without a connection: the attempt page opens from the device, every answer and the submission
 * wait in the outbox, and when the connection returns the server has them all, grades the attempt and
 * shows the trainer it was taken offline. A test not allowed offline says so.
 */
@MicronautTest(transactional = false)
class OfflineQuizBrowserIT extends ChromiumTest {

    @Test
    void aTestTakenWithoutAConnectionArrivesWholeWhenTheConnectionReturns() {
        Api api = new Api(client);
        QuizWorld world = new QuizWorld(api, Map.of("offline", true, "offlineHours", 72));
        String learner = world.enrolledLearner();
        UUID attempt;

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            signInThroughForm(page, learner);
            page.navigate(server.getURL() + "/quiz/" + world.quiz);
            page.evaluate("() => navigator.serviceWorker.ready.then(() => true)"); // it answers once the network is gone
            page.locator(".quiz-offline-prepare").click();
            Locator prepared = page.locator(".quiz-offline-status");
            assertThat(prepared).hasAttribute("data-state", "ready");
            assertThat(prepared).containsText("Готово до проходження без звʼязку до");
            screenshot(page, "offline-quiz-prepared");
            String attemptUrl = page.locator(".quiz-offline-open").getAttribute("href");
            attempt = UUID.fromString(attemptUrl.substring(attemptUrl.lastIndexOf('/') + 1));

            context.setOffline(true);
            page.close();
            Page offline = context.newPage();
            offline.setDefaultTimeout(15_000);
            offline.navigate(server.getURL() + attemptUrl);
            Locator status = offline.locator(".quiz-status");
            assertThat(status).hasAttribute("data-state", "offline");
            answerEveryQuestion(offline);
            assertThat(offline.locator(".quiz-nav a.answered")).hasCount(7);
            offline.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Завершити й надіслати")).click();
            assertThat(status).hasAttribute("data-state", "queued");
            assertThat(status).hasText("Надіслано на цьому пристрої; буде відправлено, щойно зʼявиться звʼязок.");
            screenshot(offline, "offline-quiz-queued");
            assertThat(answers(world.attempt(learner, attempt))).isEmpty();
            offline.close();

            context.setOffline(false);
            Page back = context.newPage();
            back.setDefaultTimeout(15_000);
            back.navigate(server.getURL() + attemptUrl); // the page (from the server now) sends what waits
            back.waitForURL("**/quiz/attempts/" + attempt + "/result");
            assertThat(back.locator(".quiz-score")).hasText("Бали: 6 з 7 (86%)");
            // Submitted: the copy kept for offline use goes, so nobody answers it again without a connection.
            back.waitForFunction("url => caches.match(url).then(copy => !copy)", attemptUrl);
            screenshot(back, "offline-quiz-result");
        }

        Map<String, Object> submitted = world.attempt(learner, attempt);
        assertThat(submitted).containsEntry("status", "SUBMITTED").containsEntry("score", 6.0).containsEntry("offline", true);
        assertThat(answers(submitted)).hasSize(7).allSatisfy(a -> assertThat(a.get("response")).isNotEqualTo(Map.of()));
        assertThat(answers(submitted).toString()).contains("план безпеки").contains("Родина з трьома дітьми: план склали разом.");

        // The trainer sees that it was taken offline: on the attempt, and counted in the gradebook.
        assertThat(api.get(world.learn.trainer, "/api/attempts/" + attempt).body()).containsEntry("offline", true);
        Map<String, Object> gradebook = api.get(world.learn.trainer, "/api/courses/" + world.course.id() + "/gradebook").body();
        assertThat(gradebook.get("rows").toString()).contains("offlineAttempts=1");
        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            signInThroughForm(page, world.learn.trainerEmail);
            page.navigate(server.getURL() + "/teach/courses/" + world.course.id() + "/gradebook");
            assertThat(page.locator(".taken-offline")).hasText("без звʼязку: 1");
        }
    }

    @Test
    void aTestNotAllowedOfflineSaysSo() {
        QuizWorld world = new QuizWorld(new Api(client));
        String learner = world.enrolledLearner();

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            signInThroughForm(page, learner);
            page.navigate(server.getURL() + "/quiz/" + world.quiz);
            assertThat(page.locator(".quiz-online-only")).hasText("Для цього тесту потрібен звʼязок: тренери не дозволили проходити його офлайн.");
            assertThat(page.locator(".quiz-offline-prepare")).hasCount(0);
        }
    }

    private static void answerEveryQuestion(Page page) {
        quizQuestion(page, "qtype_singlechoice").getByLabel("Фахівець разом з отримувачем").check();
        quizQuestion(page, "qtype_multichoice").getByLabel("Виснаження").check();
        quizQuestion(page, "qtype_multichoice").getByLabel("Цинізм").check();
        quizQuestion(page, "qtype_truefalse").locator("input[value=false]").check();
        quizQuestion(page, "qtype_shortanswer").locator("input[type=text]").fill("план безпеки");
        quizQuestion(page, "qtype_numerical").locator("input[type=text]").fill("10");
        Locator selects = quizQuestion(page, "qtype_matching").locator("select");
        selects.nth(0).selectOption(new SelectOption().setLabel("Збір інформації"));
        selects.nth(1).selectOption(new SelectOption().setLabel("Домовленість про дії"));
        selects.nth(2).selectOption(new SelectOption().setLabel("Перевірка результатів"));
        quizQuestion(page, "qtype_essay").locator("textarea").fill("Родина з трьома дітьми: план склали разом.");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> answers(Map<String, Object> attempt) {
        return (List<Map<String, Object>>) attempt.get("answers");
    }
}
