package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer on a 360 px phone: opens the course's question bank, creates a single-choice question in
 * the editor, previews it as a learner and checks an answer (the type's review, nothing recorded),
 * then picks it from the bank in the quiz settings, filtering the picker by words. Every one of these
 * pages fits the phone's width.
 */
@MicronautTest(transactional = false)
class QuestionEditorBrowserIT extends ChromiumTest {

    @Test
    @SuppressWarnings("unchecked")
    void aTrainerOnAPhoneCreatesPreviewsChecksAndPicksAQuestion() {
        Api api = new Api(client);
        LearnWorld world = new LearnWorld(api);
        LearnWorld.Course course = world.publishedCourse("TRAINER", null);
        UUID quiz = course.lesson("content_quiz");
        String trainer = (String) check(api.get(world.trainer, "/api/me")).get("email");
        String text = "Хто складає план безпеки " + UUID.randomUUID().toString().substring(0, 6) + "?";
        String base = server.getURL() + "/teach/courses/" + course.id();
        String question;

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(15_000);
            page.onDialog(dialog -> dialog.accept());
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(trainer);
            page.getByLabel("Пароль").fill(Api.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();

            page.navigate(base + "/questions");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Банк питань");
            ChromiumTest.assertFitsViewport(page);

            page.getByLabel("Тип нового питання").selectOption("qtype_singlechoice");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Нове питання")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Нове питання: Вибір однієї відповіді");
            ChromiumTest.assertFitsViewport(page);

            page.getByLabel("Текст питання").fill(text);
            page.getByLabel("Категорія", new Page.GetByLabelOptions().setExact(true)).fill("Безпека");
            page.locator("#f-d-choices-0-text").fill("Фахівець разом з отримувачем");
            page.locator("#f-d-choices-0-correct").check();
            page.locator("#f-d-choices-0-feedback").fill("Так, план складають разом.");
            page.locator("#f-d-choices-1-text").fill("Лише фахівець");
            page.locator("#f-d-choices-1-feedback").fill("Ні, без отримувача план не працює.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Створити питання")).click();

            assertThat(page.locator(".notice[role=status]")).hasText("Питання створено.");
            assertThat(page.getByText("Версія 1")).isVisible();
            question = page.url().replaceAll(".*/questions/([0-9a-f-]{36}).*", "$1");
            ChromiumTest.assertFitsViewport(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Переглянути").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.NOTE)).containsText("ніде не записуються");
            assertThat(page.locator(".question-text")).containsText(text);
            ChromiumTest.assertFitsViewport(page);

            page.getByLabel("Лише фахівець").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Перевірити")).click();
            Locator review = page.locator("section.quiz-review");
            assertThat(review.locator(".score")).hasText("Бали: 0 з 1");
            assertThat(review).containsText("Ні, без отримувача план не працює.");
            assertThat(page.getByLabel("Лише фахівець")).isChecked();
            ChromiumTest.assertFitsViewport(page);

            page.getByLabel("Фахівець разом з отримувачем").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Перевірити")).click();
            assertThat(review.locator(".score")).hasText("Бали: 1 з 1");
            assertThat(review).containsText("Так, план складають разом.");
            ChromiumTest.assertFitsViewport(page);

            page.navigate(base + "/lessons/" + quiz);
            Locator picker = page.locator("fieldset.question-picker");
            assertThat(picker.locator("[data-filter-controls]")).isVisible();
            ChromiumTest.assertFitsViewport(page);
            picker.getByLabel("Знайти за словами").fill("план безпеки");
            assertThat(picker.locator("li:visible")).hasCount(1);
            picker.locator("input[type=checkbox][value='" + question + "']").check();
            picker.getByLabel("Категорія банку питань").selectOption("");
            picker.getByLabel("Кількість випадкових питань").fill("");
            ChromiumTest.assertFitsViewport(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зберегти урок")).click();
            page.waitForURL(url -> !url.endsWith("/lessons/" + quiz));
        }

        Map<String, Object> content = (Map<String, Object>) check(api.get(world.trainer, "/api/lessons/" + quiz)).get("content");
        assertThat(content.get("questionIds")).isEqualTo(List.of(question));
    }

    private static Map<String, Object> check(HttpResponse<Map<String, Object>> response) {
        if (response.code() >= 300) {
            throw new AssertionError("API refused: " + response.code() + " " + Api.body(response));
        }
        return response.body() == null ? Map.of() : response.body();
    }
}
