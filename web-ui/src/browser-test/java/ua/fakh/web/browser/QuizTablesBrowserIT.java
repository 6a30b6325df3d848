package ua.fakh.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;
import ua.fakh.web.quiz.QuizWorld;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz tables on a 360 px phone: the learner's attempt history keeps its review link on screen,
 * and the trainer's pre/post report shows every column (also at 1280 px, where "gain" used to hide)
 * with its scroll boxes reachable from the keyboard.
 */
@MicronautTest(transactional = false)
class QuizTablesBrowserIT extends ChromiumTest {

    @Test
    void theAttemptHistoryFitsAPhoneWithTheReviewLinkOnScreen() {
        Api api = new Api(client);
        QuizWorld world = new QuizWorld(api);
        String learner = world.enrolledLearner();
        String token = api.login(learner, Api.PASSWORD);
        for (int i = 0; i < 2; i++) {
            UUID attempt = Api.id(check(api.post(token, "/api/lessons/" + world.quiz + "/attempts", Map.of())));
            check(api.post(token, "/api/attempts/" + attempt + "/submit", Map.of()));
        }

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            signIn(page, learner);
            page.navigate(server.getURL() + "/quiz/" + world.quiz);

            Locator review = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Результат і перегляд")).first();
            assertThat(review).isVisible();
            assertOnScreen(review.boundingBox(), PHONE_WIDTH);
            assertThat(page.locator(".quiz-history td[data-label=\"Результат\"]").first()).containsText("0%");
            assertFitsViewport(page);
        }
    }

    @Test
    void thePrePostReportShowsEveryColumnOnAPhoneAndOnADesktop() {
        Api api = new Api(client);
        LearnWorld learn = new LearnWorld(api);
        LearnWorld.Course course = learn.publishedCourse("TRAINER", null);
        UUID section = Api.id(((List<Map<String, Object>>) check(api.get(learn.trainer, "/api/courses/" + course.id()))
                .get("sections")).get(0));
        UUID preTest = Api.id(check(api.post(learn.trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Вхідний тест",
                "type", "content_quiz", "content", Map.of("category", "Тест", "randomCount", 1, "role", "PRE_TEST")))));
        check(api.post(learn.trainer, "/api/courses/" + course.id() + "/publish", Map.of()));
        String learner = learn.newLearner();
        String learnerId = (String) check(api.get(api.login(learner, Api.PASSWORD), "/api/me")).get("id");
        check(api.post(learn.trainer, "/api/courses/" + course.id() + "/enrollments", Map.of("userIds", List.of(learnerId))));
        String token = api.login(learner, Api.PASSWORD);
        take(api, token, preTest, false);
        take(api, token, course.lesson("content_quiz"), true);
        String trainer = (String) check(api.get(learn.trainer, "/api/me")).get("email");
        String report = server.getURL() + "/teach/courses/" + course.id() + "/prepost";

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            signIn(page, trainer);
            page.navigate(report);
            Locator gain = page.locator(".prepost-table td.gain").first();
            assertThat(gain).hasText("+100");
            assertOnScreen(gain.boundingBox(), PHONE_WIDTH);
            assertFitsViewport(page);
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("uk-UA"))) {
            Page page = context.newPage();
            signIn(page, trainer);
            page.navigate(report);
            Locator box = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Результати слухачів"));
            assertThat(box).hasAttribute("tabindex", "0");
            assertOnScreen(box.locator("td.gain").first().boundingBox(), 1280);
            assertThat((Boolean) box.evaluate("b => b.scrollWidth <= b.clientWidth")).as("the table needs no scrolling").isTrue();
            box.focus();
            assertThat((String) page.evaluate("() => document.activeElement.getAttribute('aria-labelledby')")).isEqualTo("prepost-learners");
            assertFitsViewport(page);
        }
    }

    private static void assertOnScreen(BoundingBox box, int width) {
        assertThat(box).isNotNull();
        assertThat(box.x).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge within %s px", width).isLessThanOrEqualTo(width);
    }

    @SuppressWarnings("unchecked")
    private static void take(Api api, String token, UUID quiz, boolean answer) {
        Map<String, Object> attempt = check(api.post(token, "/api/lessons/" + quiz + "/attempts", Map.of()));
        Map<String, Object> question = ((List<Map<String, Object>>) attempt.get("questions")).get(0);
        check(api.put(token, "/api/attempts/" + Api.id(attempt) + "/answers/" + question.get("id"),
                Map.of("response", Map.of("value", answer), "seq", 1)));
        check(api.post(token, "/api/attempts/" + Api.id(attempt) + "/submit", Map.of()));
    }

    private static Map<String, Object> check(HttpResponse<Map<String, Object>> response) {
        if (response.code() >= 300) {
            throw new AssertionError("API refused: " + response.code() + " " + Api.body(response));
        }
        return response.body() == null ? Map.of() : response.body();
    }

    private void signIn(Page page, String email) {
        page.navigate(server.getURL() + "/signin");
        page.getByLabel("Електронна пошта").fill(email);
        page.getByLabel("Пароль").fill(Api.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
        page.waitForURL(url -> !url.contains("/signin"));
    }
}
