package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.MovableClock;
import ua.fakh.web.quiz.QuizWorld;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A timed test online; the connection drops with two answers still on the phone, and the time runs
 * out before it returns. The answers were saved before the deadline, so when they arrive they count,
 * and the result page says which arrived late. The server's clock and the browser's are both moved
 * on by the same quarter of an hour instead of waiting.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.test.movable-clock", value = "true")
class LateAnswersBrowserIT extends ChromiumTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void answersSavedBeforeTheDeadlineCountWhenTheyArriveAfterItAndAreMarkedLate() {
        QuizWorld world = new QuizWorld(new Api(client)); // ten minutes
        String learner = world.enrolledLearner();
        UUID attempt;

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            page.clock().install();
            signInThroughForm(page, learner);
            page.navigate(server.getURL() + "/quiz/" + world.quiz);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Почати тест")).click();
            attempt = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
            Locator status = page.locator(".quiz-status");
            quizQuestion(page, "qtype_singlechoice").getByLabel("Фахівець разом з отримувачем").check();
            quizQuestion(page, "qtype_truefalse").locator("input[value=false]").check();
            assertThat(status).hasAttribute("data-state", "saved");
            assertThat(answers(world.attempt(learner, attempt))).hasSize(2);

            context.setOffline(true);
            quizQuestion(page, "qtype_shortanswer").locator("input[type=text]").fill("план безпеки");
            quizQuestion(page, "qtype_numerical").locator("input[type=text]").fill("10");
            assertThat(status).hasAttribute("data-state", "offline");
            Object kept = page.evaluate("id => FakhOutbox.list().then(all => all.filter(e => e.key.indexOf('answer:' + id) === 0).length)",
                    attempt.toString());
            assertThat(((Number) kept).intValue()).isEqualTo(2);

            clock.advance(Duration.ofMinutes(15));
            page.clock().fastForward("15:00");
            assertThat(status).hasAttribute("data-state", "queued"); // time is up: the submission waits with the answers
            screenshot(page, "late-answers-queued");

            context.setOffline(false);
            page.waitForURL("**/quiz/attempts/" + attempt + "/result");
            assertThat(page.locator(".quiz-score")).hasText("Бали: 4 з 7 (57%)");
            assertThat(page.locator(".quiz-late-answers li")).hasText(new String[] {"Питання 4", "Питання 5"});
            screenshot(page, "late-answers-result");
        }

        Map<String, Object> graded = world.attempt(learner, attempt);
        assertThat(graded).containsEntry("score", 4.0);
        assertThat(answers(graded)).hasSize(4);
        assertThat(answers(graded).stream().filter(a -> Boolean.TRUE.equals(a.get("late")))).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> answers(Map<String, Object> attempt) {
        return (List<Map<String, Object>>) attempt.get("answers");
    }
}
