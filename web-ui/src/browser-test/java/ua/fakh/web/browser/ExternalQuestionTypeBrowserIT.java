package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.plugins.ExternalQuestionTypeApp;

import java.io.IOException;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner takes, in a real browser, a quiz whose question type came in a jar of its own: the
 * type's input and its own script work on the attempt page, the answer is saved as typed, graded
 * by the type and reviewed on the result page. Fakh itself is started with that jar and no other
 * change, so this suite runs its own application instead of the shared test one.
 */
class ExternalQuestionTypeBrowserIT extends ChromiumTest {
    ExternalQuestionTypeApp app;

    @BeforeAll
    void startWithThePluginJar() {
        app = new ExternalQuestionTypeApp();
    }

    @AfterAll
    void stopIt() throws IOException {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aQuestionOfATypeFromAJarIsAnsweredSavedGradedAndReviewed() {
        String learner = app.enrolledLearner();
        UUID attempt;
        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(360, 740).setLocale("uk-UA"))) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            signIn(page, learner);
            page.navigate(app.server.getURL() + "/quiz/" + app.quiz);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Почати тест")).click();
            attempt = UUID.fromString(page.url().substring(page.url().lastIndexOf('/') + 1));
            Locator question = page.locator(".quiz-question[data-type=" + ExternalQuestionTypeApp.TYPE + "]");
            assertThat(page.locator(".quiz-status")).hasAttribute("data-state", "saved");

            question.getByLabel("Ваше речення").fill("Разом склали план безпеки");

            assertThat(question.locator("output.keyword-letters")).hasText("25"); // the type's own script runs
            assertThat(page.locator(".quiz-status")).hasAttribute("data-state", "saved");
            assertThat(page.locator(".quiz-nav a.answered")).hasCount(1);
            assertThat(app.attempt(learner, attempt).get("answers").toString()).contains("Разом склали план безпеки");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Завершити й надіслати")).click();

            assertThat(page.locator(".quiz-score")).hasText("Бали: 1 з 1 (100%)");
            assertThat(page.locator(".review-item .right-answer")).hasText("Ключове слово: безпек");
            assertThat(page.locator(".review-item .given")).containsText("Разом склали план безпеки");
        }
        assertThat(app.attempt(learner, attempt)).containsEntry("status", "GRADED").containsEntry("score", 1.0);
    }

    private void signIn(Page page, String email) {
        page.navigate(app.server.getURL() + "/signin");
        page.getByLabel("Електронна пошта").fill(email);
        page.getByLabel("Пароль").fill(Api.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
    }
}
