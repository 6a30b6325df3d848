package ua.fakh.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.quiz.QuizWorld;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages live within their own Content-Security-Policy: Chromium reports no violation on the main
 * pages of a visitor, a learner (catalogue, course, a lesson of every type, a quiz attempt whose
 * script runs) and a trainer (editor, lesson form with its htmx preview).
 */
@MicronautTest(transactional = false)
class ContentSecurityPolicyBrowserIT extends ChromiumTest {

    @Test
    void theMainPagesCauseNoPolicyViolation() {
        Api api = new Api(client);
        QuizWorld world = new QuizWorld(api);
        String learner = world.enrolledLearner();
        String trainer = (String) api.get(world.learn.trainer, "/api/me").body().get("email");
        String base = server.getURL().toString();
        List<String> violations = new ArrayList<>();

        try (BrowserContext visitor = context()) {
            Page page = watched(visitor, violations);
            page.navigate(base + "/");
            page.navigate(base + "/signin");
            page.navigate(base + "/verify/ABCD-EFGH-JKLM");
            page.navigate(base + "/lang/en?next=/signin");
        }
        try (BrowserContext learnerContext = context()) {
            Page page = watched(learnerContext, violations);
            signIn(page, learner);
            page.navigate(base + "/courses");
            page.navigate(base + "/courses/" + world.course.id());
            for (String type : List.of("content_markdown", "content_audio", "content_video", "content_file", "content_link")) {
                page.navigate(base + world.course.path(type));
            }
            page.navigate(base + "/learning");
            page.navigate(base + "/quiz/" + world.quiz);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Почати тест")).click();
            assertThat(page.locator(".quiz-status")).hasAttribute("data-state", "saved"); // its script ran
            page.navigate(base + "/certificates");
            page.navigate(base + "/profile");
        }
        try (BrowserContext trainerContext = context()) {
            Page page = watched(trainerContext, violations);
            signIn(page, trainer);
            page.navigate(base + "/teach");
            page.navigate(base + "/teach/courses/" + world.course.id());
            page.navigate(base + "/teach/courses/" + world.course.id() + "/lessons/" + world.course.lesson("content_markdown"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Попередній перегляд")).click();
            assertThat(page.locator("#preview")).containsText("Стрес"); // htmx ran and swapped
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void aViolationWouldBeNoticed() {
        List<String> violations = new ArrayList<>();
        try (BrowserContext visitor = context()) {
            Page page = watched(visitor, violations);
            page.navigate(server.getURL() + "/signin");
            page.evaluate("() => { const s = document.createElement('style'); s.textContent = 'body{color:red}';"
                    + " document.head.appendChild(s); }");
            page.waitForTimeout(200);
        }

        assertThat(violations).anySatisfy(v -> assertThat(v).contains("style-src"));
    }

    private BrowserContext context() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setLocale("uk-UA"));
    }

    private static Page watched(BrowserContext context, List<String> violations) {
        Page page = context.newPage();
        page.setDefaultTimeout(15_000);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(page.url() + ": " + message.text());
            }
        });
        return page;
    }

    private void signIn(Page page, String email) {
        page.navigate(server.getURL() + "/signin");
        page.getByLabel("Електронна пошта").fill(email);
        page.getByLabel("Пароль").fill(Api.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
        page.waitForURL(url -> !url.contains("/signin"));
    }
}
