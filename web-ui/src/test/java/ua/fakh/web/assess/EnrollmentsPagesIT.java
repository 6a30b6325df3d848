package ua.fakh.web.assess;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The enrolments tab through its forms: a pasted list, the cohort's due date, bulk due date and bulk withdrawal. */
@MicronautTest(transactional = false)
@SuppressWarnings("unchecked")
class EnrollmentsPagesIT extends PageTest {
    AssessWorld world;
    String base;

    @BeforeEach
    void world() {
        world = new AssessWorld(api);
        base = "/teach/courses/" + world.course;
        browser.signIn(world.trainerEmail, Api.PASSWORD);
    }

    private Browser.Page enrol(String emails, String cohort) {
        return browser.send(HttpRequest.POST(base + "/enrolments/enrol?_csrf=" + browser.csrfToken(), MultipartBody.builder()
                .addPart("emails", emails).addPart("cohort", cohort).addPart("due", "")
                .addPart("file", "", MediaType.TEXT_PLAIN_TYPE, new byte[0]).build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private String enrollmentId(String email) {
        List<Map<String, Object>> roster = (List<Map<String, Object>>) AssessWorld.check(api.get(world.learn.trainer,
                "/api/courses/" + world.course + "/enrollments?size=100")).get("content");
        return roster.stream().filter(e -> email.equals(e.get("learnerEmail"))).findFirst().orElseThrow().get("id").toString();
    }

    private String statusOf(String email) {
        return AssessWorld.check(api.get(world.learn.trainer, "/api/enrollments/" + enrollmentId(email))).get("status").toString();
    }

    @Test
    void aPastedListOnOneLineEnrollsEveryoneAndListsWhatItCouldNotEnroll() {
        String a = world.learn.newLearner();
        String b = world.learn.newLearner();
        String c = world.learn.newLearner();

        Browser.Page page = enrol(a + ", " + b + "; \"Слухачка, Ірина\" <" + c + "> без-адреси", "");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Зараховано: 3").contains("Не зараховано: 1").contains("без-адреси")
                .contains("не є адресою електронної пошти");
        assertThat(List.of(a, b, c)).allSatisfy(email -> assertThat(statusOf(email)).isEqualTo("ACTIVE"));
        Browser.Page again = enrol(a, "");
        assertThat(again.html()).contains("Уже були зараховані: 1").contains("уже зараховано");
    }

    @Test
    void aChangedCohortDateShowsForItsMembersUnlessTheyHaveTheirOwn() {
        String cohortPage = browser.post(base + "/cohorts", Map.of("name", "Група Суми", "startsOn", "2026-12-01",
                "endsOn", "2026-12-02", "due", "2030-01-10", "minAttendancePercent", "")).location();
        String cohortId = cohortPage.substring(cohortPage.lastIndexOf('/') + 1);
        String follows = world.learn.newLearner();
        String own = world.learn.newLearner();
        enrol(follows + "\n" + own, cohortId);
        browser.post(base + "/enrolments/" + enrollmentId(own) + "/due", Map.of("due", "2030-03-01"));

        assertThat(browser.post(cohortPage + "/due", Map.of("due", "2030-02-20")).status()).isEqualTo(303);

        Browser.Page page = browser.get(base + "/enrolments");
        assertThat(page.html()).contains("термін групи: 20.02.2030").contains("value=\"2030-03-01\"")
                .doesNotContain("10.01.2030");
        Map<String, Object> mine = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"),
                api.login(follows, Api.PASSWORD)), io.micronaut.core.type.Argument.listOf(Map.class)).get(0);
        assertThat(mine.get("dueAt").toString()).startsWith("2030-02-20");
    }

    @Test
    void aBulkDueDateSaysHowManyLearnersChanged() {
        String a = world.learn.newLearner();
        String b = world.learn.newLearner();
        String untouched = world.learn.newLearner();
        enrol(a + " " + b + " " + untouched, "");
        String yesterday = LocalDate.now(ZoneId.of("Europe/Kyiv")).minusDays(1).toString();
        Map<String, String> form = new LinkedHashMap<>(Map.of("action", "due", "due", yesterday, "cohort", ""));
        form.put("pick-" + enrollmentId(a), "on");
        form.put("pick-" + enrollmentId(b), "on");

        Browser.Page done = browser.post(base + "/enrolments/bulk", form);

        assertThat(done.status()).isEqualTo(303);
        Browser.Page page = browser.get(done.location());
        assertThat(page.html()).contains("Термін змінено для слухачів: 2; уже мали цей термін: 0.");
        Map<String, Object> first = AssessWorld.check(api.get(world.learn.trainer, "/api/enrollments/" + enrollmentId(a)));
        assertThat(first).containsEntry("overdue", true);
        assertThat(AssessWorld.check(api.get(world.learn.trainer, "/api/enrollments/" + enrollmentId(untouched))))
                .containsEntry("dueAt", null);

        Browser.Page nobody = browser.post(base + "/enrolments/bulk", Map.of("action", "due", "due", yesterday));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.html()).contains("оберіть принаймні одного слухача або групу");
    }

    @Test
    void aBulkWithdrawalNamesTheLearnersAndWaitsForConfirmation() {
        String leaving = world.learn.newLearner();
        String staying = world.learn.newLearner();
        enrol(leaving + "\n" + staying, "");
        String id = enrollmentId(leaving);

        Browser.Page confirm = browser.post(base + "/enrolments/bulk", Map.of("action", "withdraw", "due", "", "pick-" + id, "on"));

        assertThat(confirm.status()).isEqualTo(200);
        assertThat(confirm.html()).contains("Відрахувати з курсу цих слухачів (усього 1)?").contains(leaving)
                .doesNotContain(staying).contains("name=\"ids\" value=\"" + id + "\"");
        assertThat(statusOf(leaving)).isEqualTo("ACTIVE");

        Browser.Page done = browser.post(base + "/enrolments/bulk-withdraw", Map.of("ids", id, "cohort", ""));

        assertThat(done.status()).isEqualTo(303);
        assertThat(browser.get(done.location()).html()).contains("Відраховано слухачів: 1; без змін");
        assertThat(statusOf(leaving)).isEqualTo("WITHDRAWN");
        assertThat(statusOf(staying)).isEqualTo("ACTIVE");
    }

    @Test
    void anotherTrainerMayNotUseTheBulkActions() {
        String learner = world.learn.newLearner();
        enrol(learner, "");
        String id = enrollmentId(learner);
        try (Browser other = new Browser(server)) {
            other.signIn(newUser("Чужа тренерка", "TRAINER"), Api.PASSWORD);
            assertThat(other.post(base + "/enrolments/bulk", Map.of("action", "due", "due", "2030-01-01", "pick-" + id, "on"))
                    .status()).isEqualTo(403);
            assertThat(other.post(base + "/enrolments/bulk", Map.of("action", "withdraw", "pick-" + id, "on")).status())
                    .isEqualTo(403);
            assertThat(other.post(base + "/enrolments/bulk-withdraw", Map.of("ids", id)).status()).isEqualTo(403);
        }
        assertThat(statusOf(learner)).isEqualTo("ACTIVE");
        assertThat(AssessWorld.check(api.get(world.learn.trainer, "/api/enrollments/" + id))).containsEntry("dueAt", null);
    }
}
