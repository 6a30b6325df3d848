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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer in a real browser (Debian's Chromium, headless): creates a course, adds a section and a
 * Markdown lesson (previewed with htmx), uploads a PDF with a Cyrillic name watching the progress bar
 * reach its done state, publishes after confirming, and finds the course in the catalogue.
 */
@MicronautTest(transactional = false)
class TeachCourseBrowserIT extends ChromiumTest {

    @Test
    void aTrainerBuildsUploadsPublishesAndTheCourseIsInTheCatalogue() throws IOException {
        Api api = new Api(client);
        String admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Навчальний центр"), "PROVIDER", null));
        String trainer = (String) api.createUser(admin, "Оксана Тренерка", provider, "TRAINER").get("email");
        String title = "Курс " + UUID.randomUUID().toString().substring(0, 8) + " стресостійкості";
        Path pdf = Files.createTempDirectory("teach").resolve("посібник для фахівців.pdf");
        Files.write(pdf, LearnWorld.pdf());

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 900).setLocale("uk-UA"))) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            page.onDialog(dialog -> dialog.accept());
            page.onResponse(r -> {
                if (r.status() >= 400) {
                    System.out.println("Browser got " + r.status() + " for " + r.request().method() + " " + r.url());
                }
            });
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(trainer);
            page.getByLabel("Пароль").fill(Api.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();

            page.navigate(server.getURL() + "/teach");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Новий курс")).click();
            page.getByLabel("Назва (українською)").fill(title);
            page.getByLabel("Опис (українською)").fill("Короткі вправи для фахівців");
            page.getByLabel("Результати навчання").fill("Застосовує техніки самодопомоги");
            page.getByLabel("Обсяг у годинах").fill("3.5");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Створити чернетку")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Чернетку курсу створено");

            page.getByLabel("Назва нового розділу").fill("Перший розділ");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Додати розділ")).click();
            assertThat(page.locator(".teach-section h3")).hasText("Перший розділ");

            page.getByLabel("Тип уроку").selectOption("content_markdown");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Додати урок")).click();
            page.getByLabel("Назва (українською)").fill("Що таке стрес");
            page.getByLabel("Текст (Markdown)").fill("## Стрес\n\nЦе **нормальна** реакція.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Попередній перегляд")).click();
            assertThat(page.locator("#preview strong")).hasText("нормальна");
            screenshot(page, "teach-lesson-preview");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зберегти урок")).click();
            assertThat(page.locator(".teach-outline")).containsText("Що таке стрес");

            page.getByLabel("Файл для завантаження").setInputFiles(pdf);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Завантажити").setExact(true)).click();
            Locator upload = page.locator("form.teach-upload");
            assertThat(upload).hasAttribute("data-state", "done");
            assertThat(upload.locator(".upload-status")).hasText("Завантажено.");
            assertThat(((Number) upload.locator("progress").evaluate("p => p.value")).intValue()).isEqualTo(100);
            assertThat(page.locator("#materials-list")).containsText("посібник для фахівців.pdf");
            screenshot(page, "teach-uploaded");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Опублікувати")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Опубліковано");

            page.navigate(server.getURL() + "/courses?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).isVisible();
            screenshot(page, "teach-in-catalogue");
        }
    }
}
