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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A blended course on a 360 px phone: the learner held back by attendance reads why, her sessions and
 * her marks, and the trainer's gradebook (attendance column, overridden result) fits the screen too.
 */
@MicronautTest(transactional = false)
class BlendedCourseBrowserIT extends ChromiumTest {

    @Test
    void theLearnersCoursePageAndTheGradebookFitAPhone() {
        BlendedWorld world = new BlendedWorld(new Api(client));
        Api api = world.api;
        String learner = world.learnerInCohort("Марія Блендед-Довгопрізвищна", Instant.now().plus(20, ChronoUnit.DAYS));
        String token = api.login(learner, Api.PASSWORD);
        UUID enrollment = world.enrollmentOf(token);
        world.mark(world.pastSession, List.of(enrollment), List.of());
        world.mark(world.nextSession, List.of(), List.of(enrollment));
        world.doesEverythingOnline(token);
        BlendedWorld.check(api.put(world.trainer, "/api/enrollments/" + enrollment + "/grade-override",
                Map.of("percent", 85, "reason", "Усна відповідь")));

        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            signIn(page, learner);
            page.navigate(server.getURL() + "/courses/" + world.course);
            assertThat(page.locator(".missing")).containsText("Відвідування 50 % із потрібних 80 %: відвідано 1 з 2 очних занять");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Очні заняття"))).isVisible();
            assertThat(page.locator(".session-list")).containsText(BlendedWorld.PLACE);
            assertThat(page.locator(".session-list")).containsText("вас не було");
            ChromiumTest.assertFitsViewport(page);
            page.navigate(server.getURL() + "/");
            assertThat(page.locator(".next-session")).containsText("День другий");
            ChromiumTest.assertFitsViewport(page);
        }
        try (BrowserContext context = phone("uk-UA")) {
            Page page = context.newPage();
            page.setDefaultTimeout(10_000);
            signIn(page, world.trainerEmail);
            page.navigate(server.getURL() + "/teach/courses/" + world.course + "/gradebook");
            assertThat(page.locator("table.gradebook")).containsText("1 з 2 (50 %)");
            assertThat(page.locator("table.gradebook")).containsText("встановив тренер");
            assertThat(page.locator("table.gradebook a.override-link")).containsText("Змінити результат");
            page.locator("table.gradebook a.override-link").scrollIntoViewIfNeeded();
            assertThat(page.locator("table.gradebook a.override-link")).isVisible();
            assertThat(page.locator("table.gradebook a.override-link")).isInViewport(); // not off to the side
            ChromiumTest.assertFitsViewport(page);
            page.navigate(server.getURL() + "/teach/courses/" + world.course + "/gradebook/" + enrollment + "/override");
            ChromiumTest.assertFitsViewport(page);
        }
    }

    private void signIn(Page page, String email) {
        page.navigate(server.getURL() + "/signin");
        page.getByLabel("Електронна пошта").fill(email);
        page.getByLabel("Пароль").fill(Api.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Увійти")).click();
        page.waitForURL(url -> !url.contains("/signin"));
    }
}
