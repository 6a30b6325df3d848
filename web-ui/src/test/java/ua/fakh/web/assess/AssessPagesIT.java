package ua.fakh.web.assess;

import io.micronaut.core.type.Argument;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class AssessPagesIT extends PageTest {
    AssessWorld world;
    String base;

    @BeforeEach
    void world() {
        world = new AssessWorld(api);
        base = "/teach/courses/" + world.course;
        browser.signIn(world.trainerEmail, Api.PASSWORD);
    }

    private Browser.Page upload(String path, MultipartBody body) {
        return browser.send(HttpRequest.POST(path + "?_csrf=" + browser.csrfToken(), body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    /** What a browser sends when a download link is followed: any type. */
    private static Browser.Page download(Browser browser, String path) {
        return browser.send(HttpRequest.GET(path).accept(MediaType.ALL_TYPE));
    }

    private String learnerIn(boolean enrolled) {
        String email = world.learn.newLearner();
        if (enrolled) {
            world.enroll(userId(email));
        }
        return email;
    }

    @Test
    void giftImportReportsABrokenQuestionByLineAndImportsTheOthers() {
        String gift = """
                $CATEGORY: Вхідний контроль

                ::Мета:: Мета ведення випадку — підтримка сім’ї. {T}

                ::Зламане:: Без закриття {=так ~ні

                ::Столиця:: Столиця України? {=Київ ~Львів}
                """;

        Browser.Page page = upload(base + "/questions/import", MultipartBody.builder().addPart("gift", gift)
                .addPart("file", "", MediaType.TEXT_PLAIN_TYPE, new byte[0]).build());
        Browser.Page bank = browser.get(base + "/questions");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Імпортовано: 2").contains("З помилками: 1").contains("<td>5</td>")
                .contains("aria-current=\"page\">Банк питань");
        assertThat(bank.html()).contains("Вхідний контроль").contains("Мета").contains("Столиця").doesNotContain("Зламане")
                .contains("href=\"" + base + "/questions.gift\"");
        Browser.Page export = download(browser, base + "/questions.gift");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.html()).contains("Столиця України?");
    }

    @Test
    void enrollByEmailsReportsAnUnknownEmailAndEnrollsTheRest() {
        String learner = learnerIn(false);
        String unknown = Api.unique("nobody") + "@test.fakh";

        Browser.Page page = upload(base + "/enrolments/enrol", MultipartBody.builder()
                .addPart("emails", learner + "\n" + unknown + "\n").addPart("due", "")
                .addPart("file", "", MediaType.TEXT_PLAIN_TYPE, new byte[0]).build());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Зараховано: 1").contains("Не зараховано: 1").contains(unknown)
                .contains("немає облікового запису з такою адресою").contains("Ірина Слухачка").contains(learner);
    }

    @Test
    void aDueDateSetOnTheEnrollmentsPageShowsOverdueToTheTrainerAndTheLearner() {
        String learner = learnerIn(true);
        String enrollment = browser.get(base + "/enrolments").find("/enrolments/([0-9a-f-]{36})/due");
        String yesterday = LocalDate.now(ZoneId.of("Europe/Kyiv")).minusDays(1).toString();

        Browser.Page saved = browser.post(base + "/enrolments/" + enrollment + "/due", Map.of("due", yesterday));
        Browser.Page page = browser.get(base + "/enrolments");

        assertThat(saved.status()).isEqualTo(303);
        assertThat(page.html()).contains("value=\"" + yesterday + "\"").contains("прострочено");
        List<Map<String, Object>> mine = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/enrollments"),
                api.login(learner, Api.PASSWORD)), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        assertThat(mine.get(0)).containsEntry("overdue", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void attendanceMarkedOnTheCohortPageIsSaved() {
        Browser.Page created = browser.post(base + "/cohorts", Map.of("name", "Група Полтава", "startsOn", "2026-12-01",
                "endsOn", "2026-12-02", "due", "", "minAttendancePercent", "50"));
        assertThat(created.status()).isEqualTo(303);
        String cohortPage = created.location();
        String cohortId = cohortPage.substring(cohortPage.lastIndexOf('/') + 1);
        String present = learnerIn(false);
        String absent = learnerIn(false);
        upload(base + "/enrolments/enrol", MultipartBody.builder().addPart("emails", present + "\n" + absent)
                .addPart("cohort", cohortId).addPart("due", "").addPart("file", "", MediaType.TEXT_PLAIN_TYPE, new byte[0]).build());
        assertThat(browser.post(cohortPage + "/sessions", Map.of("title", "День перший", "day", "2026-12-01",
                "time", "10:00", "hours", "6")).status()).isEqualTo(303);
        Browser.Page sheet = browser.get(cohortPage);
        String session = sheet.find("name=\"present\\.([0-9a-f-]{36})\\.");
        Map<String, Object> enrollments = AssessWorld.check(api.get(world.learn.trainer, "/api/courses/" + world.course + "/enrollments"));
        String presentId = ((List<Map<String, Object>>) enrollments.get("content")).stream()
                .filter(e -> e.get("userId").equals(userId(present).toString())).findFirst().orElseThrow().get("id").toString();

        Browser.Page saved = browser.post(cohortPage + "/attendance", Map.of("present." + session + "." + presentId, "on"));
        Browser.Page after = browser.get(saved.location());

        assertThat(saved.status()).isEqualTo(303);
        assertThat(after.html()).contains("Відвідування збережено.").contains("Група Полтава").contains("День перший")
                .containsPattern("name=\"present\\." + session + "\\." + presentId + "\"[^>]*checked")
                .contains("відсутній(-я)");
        Map<String, Object> marks = AssessWorld.check(api.get(world.learn.trainer, "/api/cohorts/" + cohortId + "/attendance"));
        assertThat(marks.get(presentId)).isEqualTo(Map.of(session, true));
        assertThat(marks.values()).contains(Map.of(session, false));
    }

    @Test
    void anEssayIsGradedFromTheQueueAndItsAttemptResultUpdates() {
        String learner = learnerIn(true);
        world.take(api.login(learner, Api.PASSWORD), world.essayQuiz, Map.of("text", "Сім’я з трьома дітьми <script>alert(1)</script>"));

        Browser.Page queue = browser.get(base + "/grading");
        assertThat(queue.html()).contains("Опишіть випадок із практики.").contains("Ірина Слухачка")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
        String action = queue.find("action=\"(" + base + "/grading/[0-9a-f-]{36}/[0-9a-f-]{36})\"");

        Browser.Page graded = browser.post(action, Map.of("score", "0,5", "feedback", "Добре описано"));
        Browser.Page after = browser.get(graded.location());

        assertThat(graded.status()).isEqualTo(303);
        assertThat(after.html()).contains("Оцінку збережено.").contains("Тепер у спробі 0.5 з 1 балів").contains("оцінено")
                .contains("Немає відповідей, що чекають на оцінювання.");
        assertThat(browser.post(action, Map.of("score", "7")).status()).isEqualTo(400);
    }

    @Test
    void prePostPageShowsTheGainAndAChart() {
        String learner = learnerIn(true);
        String token = api.login(learner, Api.PASSWORD);
        world.take(token, world.preTest, Map.of("value", false));
        world.take(token, world.postTest, Map.of("value", true));

        Browser.Page page = browser.get(base + "/prepost");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("<svg").contains("<title id=\"prepost-title\">").contains("<desc id=\"prepost-desc\">")
                .contains("Ірина Слухачка").contains("+100").contains("1.00")
                .contains("aria-current=\"page\">");
    }

    @Test
    void gradebookShowsGradesAndDownloadsAsCsv() {
        String learner = learnerIn(true);
        world.take(api.login(learner, Api.PASSWORD), world.postTest, Map.of("value", true));

        Browser.Page page = browser.get(base + "/gradebook");
        Browser.Page csv = download(browser, base + "/gradebook.csv");

        assertThat(page.html()).contains("Ірина Слухачка").contains("Підсумковий тест").contains("100%")
                .contains("href=\"" + base + "/gradebook.csv\"");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.html()).startsWith("\uFEFF").contains("\"Ірина Слухачка\"").contains("\"" + learner + "\"")
                .contains("\"100.0\"");
    }

    @Test
    void otherTrainersAndLearnersAreRefused() {
        String other = newUser("Чужий Тренер", "TRAINER");
        String learner = learnerIn(true);
        for (String who : List.of(other, learner)) {
            Browser other1 = new Browser(server);
            try {
                other1.signIn(who, Api.PASSWORD);
                for (String tab : List.of("enrolments", "cohorts", "questions", "gradebook", "gradebook.csv", "grading", "prepost")) {
                    assertThat(download(other1, base + "/" + tab).status()).as(who + " " + tab).isEqualTo(403);
                }
            } finally {
                other1.close();
            }
        }
    }
}
