package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.BlendedWorld;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An online session on two 360 px phones: the host shows a check-in code (big, on one line), the
 * learner sees the join button and enters the code; the host's page then lists the learner. Every
 * page fits the screen.
 */
@MicronautTest(transactional = false)
class JoinAndCheckInOnAPhoneBrowserIT extends ChromiumTest {

    @Test
    @SuppressWarnings("unchecked")
    void theHostShowsACodeAndTheLearnerJoinsAndChecksInOnAPhone() {
        Api api = new Api(client);
        BlendedWorld world = new BlendedWorld(api);
        String learner = world.learnerInCohort("Марія Телефонна", Instant.now().plus(10, ChronoUnit.DAYS));
        Instant now = Instant.now();
        Instant today = KyivTime.startOf(KyivTime.day(now));
        Instant starts = now.minus(5, ChronoUnit.MINUTES).isBefore(today) ? today : now.minus(5, ChronoUnit.MINUTES);
        List<Map<String, Object>> sessions = (List<Map<String, Object>>) BlendedWorld.check(api.post(world.trainer,
                "/api/cohorts/" + world.cohort + "/sessions", Map.of("title", "Вебінар з ведення випадку", "startsAt", starts.toString(),
                        "hours", 2, "mode", "ONLINE", "meetingProvider", "meeting_link", "meetingUrl", "https://meet.example.org/fakh-phone"))).get("sessions");
        String session = sessions.stream().filter(s -> "ONLINE".equals(s.get("mode"))).map(s -> (String) s.get("id")).findFirst().orElseThrow();

        try (BrowserContext hostPhone = phone("uk-UA"); BrowserContext learnerPhone = phone("uk-UA")) {
            Page host = hostPhone.newPage();
            host.setDefaultTimeout(10_000);
            signInThroughForm(host, world.trainerEmail);
            host.navigate(server.getURL() + "/teach/sessions/" + session);
            host.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Показати новий код")).click();
            String code = host.locator(".checkin-code").innerText().strip();
            org.assertj.core.api.Assertions.assertThat(code).matches("\\d{6}");
            Number codeHeight = (Number) host.locator(".checkin-code").evaluate("e => e.getBoundingClientRect().height");
            Number lineHeight = (Number) host.locator(".checkin-code").evaluate("e => parseFloat(getComputedStyle(e).lineHeight)");
            org.assertj.core.api.Assertions.assertThat(codeHeight.doubleValue()).as("the code on one line").isLessThan(lineHeight.doubleValue() * 1.5);
            assertFitsViewport(host);
            screenshot(host, "meetings-host-code");

            Page phone = learnerPhone.newPage();
            phone.setDefaultTimeout(10_000);
            signInThroughForm(phone, learner);
            phone.navigate(server.getURL() + "/sessions/" + session);
            assertThat(phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Увійти на зустріч")))
                    .hasAttribute("href", "/sessions/" + session + "/join");
            assertFitsViewport(phone);
            phone.getByLabel("Код, показаний на занятті").fill("000000".equals(code) ? "111111" : "000000");
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Позначитися")).click();
            assertThat(phone.locator("#f-code-error")).containsText("Це не той код");
            assertFitsViewport(phone);
            phone.getByLabel("Код, показаний на занятті").fill(code);
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Позначитися")).click();
            assertThat(phone.getByRole(AriaRole.STATUS)).containsText("Вас позначено присутнім.");
            screenshot(phone, "meetings-learner-checked-in");

            host.reload();
            assertThat(host.locator("#live-joins")).containsText("Марія Телефонна");
            assertFitsViewport(host);
        }
    }
}
