package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.LearnWorld;

import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A trainer on a 360 px phone pastes a list of e-mails on one line, sees everyone enrolled and the
 * one bad entry named, then withdraws a learner through the bulk action's confirmation page; no page
 * on the way is wider than the phone.
 */
@MicronautTest(transactional = false)
class EnrollmentsBrowserIT extends ChromiumTest {

    @Test
    void aTrainerOnAPhoneEnrollsAPastedListAndWithdrawsOneAfterConfirming() {
        Api api = new Api(client);
        LearnWorld world = new LearnWorld(api);
        UUID course = world.publishedCourse("TRAINER", null).id();
        String trainer = (String) api.get(world.trainer, "/api/me").body().get("email");
        String first = world.newLearner();
        String second = world.newLearner();
        String third = world.newLearner();
        api.post(world.trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Група Полтава"));

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            page.navigate(server.getURL() + "/signin");
            page.getByLabel("Електронна пошта").fill(trainer);
            page.getByLabel("Пароль").fill(Api.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();

            page.navigate(server.getURL() + "/teach/courses/" + course + "/enrolments");
            assertFitsViewport(page);
            page.getByLabel("Адреси ел. пошти").fill(first + ", " + second + "; Ірина Слухачка <" + third + "> без-адреси");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зарахувати").setExact(true)).click();

            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Зараховано: 3");
            assertThat(page.locator("table.enrol-rows")).containsText("без-адреси");
            assertThat(page.locator("table.enrol-rows")).containsText("не є адресою електронної пошти");
            assertThat(page.locator("table.roster tbody tr")).hasCount(3);
            assertFitsViewport(page);

            page.locator("table.roster tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(second))
                    .getByRole(AriaRole.CHECKBOX).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Відрахувати…")).click();
            assertThat(page.locator("main")).containsText("Відрахувати з курсу цих слухачів (усього 1)?");
            assertThat(page.locator("ul.leaving")).containsText(second);
            assertFitsViewport(page);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Відрахувати (1)")).click();
            assertThat(page.locator("#bulk .notice")).containsText("Відраховано слухачів: 1");
            assertThat(page.locator("table.roster tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(second))).containsText("Відраховано");
            assertFitsViewport(page);
        }
    }
}
