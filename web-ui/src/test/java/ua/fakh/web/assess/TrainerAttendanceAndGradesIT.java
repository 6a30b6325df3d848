package ua.fakh.web.assess;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.learn.BlendedWorld;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The trainer's tools of issue 12: "all present", the gradebook's attendance column, result override and XLSX. */
@MicronautTest(transactional = false)
class TrainerAttendanceAndGradesIT extends PageTest {
    BlendedWorld world;
    String base;
    String learner;
    String absentee;
    UUID enrollment;
    UUID absentEnrollment;

    @BeforeEach
    void world() {
        world = new BlendedWorld(api);
        base = "/teach/courses/" + world.course;
        learner = world.learnerInCohort("Марія Присутня", Instant.now().plus(10, ChronoUnit.DAYS));
        absentee = world.learnerInCohort("Петро Відсутній", Instant.now().plus(10, ChronoUnit.DAYS));
        enrollment = world.enrollmentOf(api.login(learner, Api.PASSWORD));
        absentEnrollment = world.enrollmentOf(api.login(absentee, Api.PASSWORD));
        browser.signIn(world.trainerEmail, Api.PASSWORD);
    }

    @Test
    void allPresentMarksEveryoneThenTheTrainerUnticksTheOneWhoWasNotThere() {
        String cohortPage = base + "/cohorts/" + world.cohort;
        Browser.Page sheet = browser.get(cohortPage);
        assertThat(sheet.html()).contains("action=\"" + cohortPage + "/sessions/" + world.pastSession + "/all-present\"")
                .contains("Усі присутні: День перший");

        Browser.Page marked = browser.post(cohortPage + "/sessions/" + world.pastSession + "/all-present", Map.of());
        Map<String, Object> afterAll = BlendedWorld.check(api.get(world.trainer, "/api/cohorts/" + world.cohort + "/attendance"));
        Browser.Page page = browser.get(marked.location());

        assertThat(marked.status()).isEqualTo(303);
        assertThat(afterAll.get(enrollment.toString())).isEqualTo(Map.of(world.pastSession.toString(), true));
        assertThat(afterAll.get(absentEnrollment.toString())).isEqualTo(Map.of(world.pastSession.toString(), true));
        assertThat(page.html()).contains("Усіх позначено присутніми на занятті.")
                .containsPattern("name=\"present\\." + world.pastSession + "\\." + absentEnrollment + "\"[^>]*checked");

        // the individual fix: the grid saved with the absentee unticked
        browser.post(cohortPage + "/attendance", Map.of("present." + world.pastSession + "." + enrollment, "on"));
        Map<String, Object> fixed = BlendedWorld.check(api.get(world.trainer, "/api/cohorts/" + world.cohort + "/attendance"));
        assertThat(((Map<?, ?>) fixed.get(enrollment.toString())).get(world.pastSession.toString())).isEqualTo(true);
        assertThat(((Map<?, ?>) fixed.get(absentEnrollment.toString())).get(world.pastSession.toString())).isEqualTo(false);
    }

    @Test
    void allPresentOverTheApiSaysHowManyAndOthersMayNot() {
        String learnerToken = api.login(learner, Api.PASSWORD);
        String otherTrainer = api.login(newUser("Чужий Тренер", "TRAINER"), Api.PASSWORD);

        assertThat(BlendedWorld.check(api.post(world.trainer, "/api/sessions/" + world.pastSession + "/attendance/all-present", Map.of())))
                .containsEntry("present", 2);
        assertThat(api.post(learnerToken, "/api/sessions/" + world.pastSession + "/attendance/all-present", Map.of()).code()).isEqualTo(403);
        assertThat(api.post(otherTrainer, "/api/sessions/" + world.pastSession + "/attendance/all-present", Map.of()).code()).isEqualTo(403);
        assertThat(api.post(world.trainer, "/api/sessions/" + UUID.randomUUID() + "/attendance/all-present", Map.of()).code()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void gradebookShowsAttendanceAndAnOverrideWinsIsShownAsOverriddenAndIsAudited() {
        world.mark(world.pastSession, List.of(enrollment), List.of(absentEnrollment));
        world.doesEverythingOnline(api.login(learner, Api.PASSWORD));

        Browser.Page invalid = browser.post(base + "/gradebook/" + enrollment + "/override", Map.of("percent", "сто", "reason", " "));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.html()).contains("має бути числом від 0 до 100").contains("вкажіть, чому змінено результат");

        Browser.Page saved = browser.post(base + "/gradebook/" + enrollment + "/override",
                Map.of("percent", "72,5", "reason", "Усна відповідь на занятті"));
        Browser.Page gradebook = browser.get(saved.location());

        assertThat(saved.status()).isEqualTo(303);
        assertThat(gradebook.html()).contains("Результат курсу збережено.").contains("Відвідування")
                .contains("1 з 2 (50 %)").contains("менше за потрібні 80 %").contains("0 з 2 (0 %)")
                .contains("72.5%").contains("встановив тренер; обчислено: 100%")
                .contains("class=\"gradebook stack\"").contains("data-label=\"Відвідування\"");
        Map<String, Object> book = BlendedWorld.check(api.get(world.trainer, "/api/courses/" + world.course + "/gradebook"));
        Map<String, Object> row = ((List<Map<String, Object>>) book.get("rows")).stream()
                .filter(r -> r.get("enrollmentId").equals(enrollment.toString())).findFirst().orElseThrow();
        assertThat(row).containsEntry("resultPercent", 72.5).containsEntry("computedResultPercent", 100.0);
        assertThat((Map<String, Object>) row.get("override")).containsEntry("reason", "Усна відповідь на занятті");
        assertThat((Map<String, Object>) row.get("attendance")).containsEntry("attended", 1).containsEntry("percent", 50);
        Map<String, Object> audit = BlendedWorld.check(api.get(world.admin, "/api/audit?action=GRADE_OVERRIDDEN&size=100"));
        assertThat(audit.toString()).contains(enrollment.toString()).contains("Усна відповідь на занятті");

        // used: the result the course completes with (and a certificate prints) is the override
        BlendedWorld.check(api.post(world.trainer, "/api/sessions/" + world.nextSession + "/attendance/all-present", Map.of()));
        BlendedWorld.check(api.post(world.trainer, "/api/sessions/" + world.pastSession + "/attendance/all-present", Map.of()));
        Map<String, Object> completed = BlendedWorld.check(api.get(world.trainer, "/api/enrollments/" + enrollment + "/completion"));
        assertThat(completed).containsEntry("status", "COMPLETED");

        browser.post(base + "/gradebook/" + enrollment + "/override/clear", Map.of());
        Map<String, Object> cleared = BlendedWorld.check(api.get(world.trainer, "/api/courses/" + world.course + "/gradebook"));
        assertThat(((List<Map<String, Object>>) cleared.get("rows")).stream().filter(r -> r.get("enrollmentId").equals(enrollment.toString()))
                .findFirst().orElseThrow()).containsEntry("resultPercent", 100.0).containsEntry("override", null);
    }

    @Test
    void theOverrideApiReportsBothWrongFieldsAtOnceInTheCallersLanguage() {
        var response = api.exchange(Api.authorised(HttpRequest.PUT("/api/enrollments/" + enrollment + "/grade-override",
                Map.of("percent", 140, "reason", "")).header("Cookie", "fakh_lang=en"), world.trainer));

        assertThat(response.code()).isEqualTo(400);
        assertThat(response.getHeaders().get("Content-Type")).startsWith("application/problem+json");
        assertThat(Api.body(response).get("errors").toString()).contains("percent").contains("must be a number from 0 to 100")
                .contains("reason").contains("say why the result is changed");
        String learnerToken = api.login(learner, Api.PASSWORD);
        assertThat(api.put(learnerToken, "/api/enrollments/" + enrollment + "/grade-override",
                Map.of("percent", 100, "reason", "Сама собі")).code()).isEqualTo(403);
    }

    @Test
    void gradebookDownloadsAsAnXlsxSheetWithAHeaderRowInThePagesLanguage() throws IOException {
        world.mark(world.pastSession, List.of(enrollment), List.of(absentEnrollment));
        world.doesEverythingOnline(api.login(learner, Api.PASSWORD));
        BlendedWorld.check(api.put(world.trainer, "/api/enrollments/" + absentEnrollment + "/grade-override",
                Map.of("percent", 40, "reason", "Лише усна частина")));

        Browser.Page page = browser.get(base + "/gradebook");
        assertThat(page.html()).contains("href=\"" + base + "/gradebook.xlsx\"");
        byte[] xlsx = browser.download(base + "/gradebook.xlsx");

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Журнал оцінок");
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).stream().map(c -> c == null ? "" : c.getText()).toList()).containsExactly("ПІБ", "Ел. пошта", "Статус",
                    "Прогрес, %", "Термін", "Відвідування, %", "Вхідний тест, %", "Підсумковий тест, %", "Результат, %",
                    "Результат встановив тренер", "Причина");
            Row present = rows.stream().filter(r -> "Марія Присутня".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(present.getCellText(2)).isEqualTo("навчається");
            assertThat(present.getCell(5).asNumber()).isEqualByComparingTo(new BigDecimal("50"));
            assertThat(present.getCell(7).asNumber()).isEqualByComparingTo(new BigDecimal("100"));
            assertThat(present.getCell(4).asDate()).isNotNull();
            Row overridden = rows.stream().filter(r -> "Петро Відсутній".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(overridden.getCell(8).asNumber()).isEqualByComparingTo(new BigDecimal("40"));
            assertThat(overridden.getCellText(9)).isEqualTo("так");
            assertThat(overridden.getCellText(10)).isEqualTo("Лише усна частина");
        }
        byte[] english = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/courses/" + world.course + "/gradebook.xlsx")
                .header("Cookie", "fakh_lang=en").accept(MediaType.ALL_TYPE), world.trainer), Argument.of(byte[].class));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(english))) {
            Row header = workbook.getFirstSheet().read().get(0);
            assertThat(header.getCellText(0)).isEqualTo("Full name");
            assertThat(header.getCellText(6)).isEqualTo("Pre-test, %");
        }
    }

    @Test
    void otherTrainersAndLearnersMayNotUseTheNewPages() {
        String other = newUser("Чужий Тренер", "TRAINER");
        for (String who : List.of(other, learner)) {
            try (Browser stranger = new Browser(server)) {
                stranger.signIn(who, Api.PASSWORD);
                assertThat(stranger.send(HttpRequest.GET(base + "/gradebook.xlsx").accept(MediaType.ALL_TYPE)).status()).as(who).isEqualTo(403);
                assertThat(stranger.get(base + "/gradebook/" + enrollment + "/override").status()).as(who).isEqualTo(403);
                assertThat(stranger.post(base + "/gradebook/" + enrollment + "/override", Map.of("percent", "90", "reason", "x")).status())
                        .as(who).isEqualTo(403);
                assertThat(stranger.post(base + "/cohorts/" + world.cohort + "/sessions/" + world.pastSession + "/all-present", Map.of())
                        .status()).as(who).isEqualTo(403);
            }
        }
        assertThat(BlendedWorld.check(api.get(world.trainer, "/api/cohorts/" + world.cohort + "/attendance")).values())
                .allSatisfy(marks -> assertThat((Map<?, ?>) marks).isEmpty());
    }
}
