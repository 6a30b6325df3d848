package ua.fakh.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.quiz.QuizWorld;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner takes a timed test of every question type in a real browser and loses the connection
 * half-way: the answers given offline stay in the browser's outbox (also across a reload while the
 * server is still out of reach), sync when it comes back, and the submitted attempt holds every answer,
 * graded by the keys. And a page left alone submits itself when its timer runs out.
 */
@MicronautTest(transactional = false)
class QuizOfflineBrowserIT extends ChromiumTest {
    private static final String AUTOSAVE = "**/quiz/attempts/*/answers/*";

    @Test
    void answersGivenOfflineSurviveAReloadSyncAndAreAllSubmitted() {
        QuizWorld world = new QuizWorld(new Api(client));
        String learner = world.enrolledLearner();
        UUID attempt;

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("uk-UA"))) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            signInThroughForm(page, learner);
            page.navigate(server.getURL() + "/quiz/" + world.quiz);
            assertThat(page.locator(".quiz-count")).hasText("7");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Почати тест")).click();
            assertThat(page.locator("time[role=timer]")).hasText(Pattern.compile("^(09|10):\\d\\d$"));
            attempt = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
            Locator status = page.locator(".quiz-status");
            assertThat(status).hasAttribute("data-state", "saved"); // the page's script runs

            quizQuestion(page, "qtype_singlechoice").getByLabel("Фахівець разом з отримувачем").check();
            quizQuestion(page, "qtype_multichoice").getByLabel("Виснаження").check();
            quizQuestion(page, "qtype_multichoice").getByLabel("Цинізм").check();
            assertThat(status).hasAttribute("data-state", "saved");
            assertThat(status).hasText("Усі відповіді збережено");

            context.setOffline(true);
            quizQuestion(page, "qtype_truefalse").locator("input[value=false]").check();
            assertThat(status).hasAttribute("data-state", "offline");
            assertThat(status).containsText("Немає звʼязку");
            quizQuestion(page, "qtype_shortanswer").locator("input[type=text]").fill("план безпеки");
            quizQuestion(page, "qtype_numerical").locator("input[type=text]").fill("10");
            Locator selects = quizQuestion(page, "qtype_matching").locator("select");
            selects.nth(0).selectOption(new SelectOption().setLabel("Збір інформації"));
            selects.nth(1).selectOption(new SelectOption().setLabel("Домовленість про дії"));
            selects.nth(2).selectOption(new SelectOption().setLabel("Перевірка результатів"));
            quizQuestion(page, "qtype_essay").locator("textarea").fill("Родина з трьома дітьми: план склали разом.");
            assertThat(status).hasAttribute("data-state", "offline");
            screenshot(page, "quiz-offline");
            assertThat(answers(world, learner, attempt)).hasSize(2);

            // Back online, but the server still out of reach for the autosave: the reloaded page
            // comes from the server (which lacks five answers) and takes them from this browser.
            context.route(AUTOSAVE, Route::abort);
            context.setOffline(false);
            page.reload();
            assertThat(quizQuestion(page, "qtype_truefalse").locator("input[value=false]")).isChecked();
            assertThat(quizQuestion(page, "qtype_shortanswer").locator("input[type=text]")).hasValue("план безпеки");
            assertThat(quizQuestion(page, "qtype_numerical").locator("input[type=text]")).hasValue("10");
            assertThat(quizQuestion(page, "qtype_essay").locator("textarea")).hasValue("Родина з трьома дітьми: план склали разом.");
            assertThat(quizQuestion(page, "qtype_matching").locator("select").nth(2).locator("option:checked"))
                    .hasText("Перевірка результатів");
            assertThat(status).not().hasAttribute("data-state", "saved");
            assertThat(answers(world, learner, attempt)).hasSize(2);

            context.unroute(AUTOSAVE);
            assertThat(status).hasAttribute("data-state", "saved", new LocatorAssertions.HasAttributeOptions().setTimeout(45_000));
            assertThat(answers(world, learner, attempt)).hasSize(7);
            assertThat(page.locator(".quiz-nav a.answered")).hasCount(7);
            screenshot(page, "quiz-synced");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Завершити й надіслати")).click();
            assertThat(page.locator(".quiz-score")).hasText("Бали: 6 з 7 (86%)");
            assertThat(page.locator(".quiz-verdict")).containsText("Очікує на оцінювання");
            screenshot(page, "quiz-result");
            // Submitted: nothing of this attempt waits in the outbox (IndexedDB), and its notes are forgotten.
            Object waiting = page.evaluate("id => FakhDb.all('outbox').then(all => all.filter(e => e.key.indexOf(id) >= 0).length)",
                    attempt.toString());
            assertThat(((Number) waiting).intValue()).isZero();
            Object notes = page.evaluate("id => Object.keys(localStorage).filter(k => k.startsWith('fakh.quiz.' + id)).length",
                    attempt.toString());
            assertThat(((Number) notes).intValue()).isZero();
        }

        Map<String, Object> submitted = world.attempt(learner, attempt);
        assertThat(submitted).containsEntry("status", "SUBMITTED").containsEntry("score", 6.0).containsEntry("maxScore", 7.0);
        assertThat(answers(submitted)).hasSize(7).allSatisfy(a -> assertThat(a.get("response")).isNotEqualTo(Map.of()));
        assertThat(answers(submitted).toString()).contains("план безпеки").contains("Родина з трьома дітьми: план склали разом.")
                .contains("value=false").contains("value=10");
    }

    @Test
    void whenTheTimeIsUpThePageSubmitsByItselfWithTheAnswersGiven() {
        QuizWorld world = new QuizWorld(new Api(client), Map.of("timeLimitSeconds", 30));
        String learner = world.enrolledLearner();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("uk-UA"))) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            signInThroughForm(page, learner);
            page.navigate(server.getURL() + "/quiz/" + world.quiz);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Почати тест")).click();
            UUID attempt = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
            quizQuestion(page, "qtype_shortanswer").locator("input[type=text]").fill("план безпеки");
            quizQuestion(page, "qtype_truefalse").locator("input[value=false]").check();

            // Nobody presses "submit": the page does it when its timer reaches zero.
            page.waitForURL("**/quiz/attempts/" + attempt + "/result", new Page.WaitForURLOptions().setTimeout(60_000));
            assertThat(page.locator(".quiz-score")).hasText("Бали: 2 з 7 (29%)");
            assertThat(world.attempt(learner, attempt)).containsEntry("status", "GRADED").containsEntry("score", 2.0);
        }
    }

    @Test
    void oneQuestionAtATimeKeepsEveryAnswerAndTheChoiceIsRemembered() {
        QuizWorld world = new QuizWorld(new Api(client));
        String learner = world.enrolledLearner();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("uk-UA"))) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            signInThroughForm(page, learner);
            page.navigate(server.getURL() + "/quiz/" + world.quiz);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Почати тест")).click();
            UUID attempt = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
            assertThat(page.locator(".quiz-status")).hasAttribute("data-state", "saved");
            assertThat(page.locator(".quiz-question:visible")).hasCount(7);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("По одному питанню")).click();
            assertThat(page.locator(".quiz-question:visible")).hasCount(1);
            assertThat(page.locator(".quiz-position")).hasText("1 / 7");
            quizQuestion(page, "qtype_singlechoice").getByLabel("Фахівець разом з отримувачем").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Наступне питання →")).click();
            assertThat(page.locator(".quiz-position")).hasText("2 / 7");
            assertThat(page.locator(".quiz-question:visible")).hasCount(1);
            assertThat(page.locator(".quiz-status")).hasAttribute("data-state", "saved");

            page.reload();
            assertThat(page.locator(".quiz-question:visible")).hasCount(1); // the view is remembered
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Усі питання на одній сторінці")).click();
            assertThat(page.locator(".quiz-question:visible")).hasCount(7);
            assertThat(answers(world, learner, attempt)).hasSize(1);
        }
    }

    private static List<Map<String, Object>> answers(QuizWorld world, String learner, UUID attempt) {
        return answers(world.attempt(learner, attempt));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> answers(Map<String, Object> attempt) {
        return (List<Map<String, Object>>) attempt.get("answers");
    }
}
