package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.BlendedWorld;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A trainer on a 360 px phone opens a session's attendance, reads why a long-named learner is not
 * counted yet, and overrides the mark with a reason; the page never gets wider than the phone.
 */
@MicronautTest(transactional = false)
class SessionAttendanceBrowserIT extends ChromiumTest {

    @Test
    void aTrainerOnAPhoneOverridesAMarkWithAReason() {
        Api api = new Api(client);
        BlendedWorld world = new BlendedWorld(api);
        world.learnerInCohort("Олександра-Вікторія Костянтинопольська-Задніпровська", Instant.now().plus(10, ChronoUnit.DAYS));

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            signInThroughForm(page, world.trainerEmail);
            page.navigate(server.getURL() + "/teach/courses/" + world.course + "/cohorts/" + world.cohort);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Звіт про відвідування: День перший")).click();

            assertThat(page.locator("table.session-attendance")).containsText("ще не виміряно");
            assertFitsViewport(page);
            page.getByLabel("так").check();
            page.getByLabel("Причина").fill("Була в залі, не онлайн");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Зберегти рішення")).click();

            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Позначку змінено.");
            assertThat(page.locator("table.session-attendance")).containsText("причина: Була в залі, не онлайн");
            assertFitsViewport(page);
            screenshot(page, "session-attendance");
        }
    }
}
