package ua.fakh.web.assess;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.BlendedWorld;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The trainer's page of one session's measured attendance: the table, the override form, the rule, the files. */
@MicronautTest(transactional = false)
class SessionAttendancePagesIT extends PageTest {
    BlendedWorld world;
    String page;
    UUID enrollment;

    @BeforeEach
    void world() {
        world = new BlendedWorld(api);
        String learner = world.learnerInCohort("Оксана Слухачка", Instant.now().plus(10, ChronoUnit.DAYS));
        enrollment = world.enrollmentOf(api.login(learner, Api.PASSWORD));
        page = "/teach/courses/" + world.course + "/cohorts/" + world.cohort + "/sessions/" + world.pastSession + "/attendance";
        browser.signIn(world.trainerEmail, Api.PASSWORD);
    }

    @Test
    void theTrainerOverridesAMarkWithAReasonAndSeesItInTheTable() {
        assertThat(browser.get("/teach/courses/" + world.course + "/cohorts/" + world.cohort).html()).contains("href=\"" + page + "\"");
        Browser.Page before = browser.get(page);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.html()).contains("Оксана Слухачка", "ще не виміряно", "присутність від 75 %");

        Browser.Page refused = browser.post(page + "/override", Map.of("enrollmentId", enrollment.toString(), "reason", " "));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html()).contains("вкажіть, чи була людина присутня", "вкажіть причину (до 1000 символів)");

        Browser.Page saved = browser.post(page + "/override", Map.of("enrollmentId", enrollment.toString(), "present", "yes",
                "reason", "Була в залі, не онлайн"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(browser.get(saved.location()).html()).contains("Позначку змінено.", "причина: Була в залі, не онлайн");
        assertThat(BlendedWorld.check(api.get(world.trainer, "/api/cohorts/" + world.cohort + "/attendance")).get(enrollment.toString()))
                .isEqualTo(Map.of(world.pastSession.toString(), true));
    }

    @Test
    void theRuleIsSetHereAndASessionHeldInPersonIsNotMeasured() {
        Browser.Page wrong = browser.post(page + "/rule", Map.of("presentPercent", "0"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.html()).contains("частка заняття від 1 до 100 %");
        Browser.Page set = browser.post(page + "/rule", Map.of("presentPercent", "80"));
        assertThat(set.status()).isEqualTo(303);
        assertThat(browser.get(set.location()).html()).contains("Правило збережено.", "присутність від 80 %");

        Browser.Page measured = browser.post(page + "/measure", Map.of());
        assertThat(measured.status()).isEqualTo(409);
        assertThat(measured.html()).contains("Заняття проходить лише наживо");

        String csv = new String(browser.download(page + ".csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Учасник\"").contains("Оксана Слухачка");
    }
}
