package ua.fakh.web.analytics;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.testing.Api;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code GET /api/analytics/gain} on {@link GainWorld}, every number worked out by hand. Cohort А (six
 * people): pre 50, 0, 50, 0, 100, 50 and post 100, 50, 100, 100, 100, 50; cohort Б (eight): pre 0, 50, 0,
 * 50, 0 | 50, 0, 50 and post 50, 50, 0, 100, 50 | 100, 50, 50 (Березівська | Вільшанська).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GainReportIT {
    static final String HIDDEN = "<5";
    static final List<String> COHORT_A = List.of("6", "41.7", "83.3", "50", "100", "41.7", "0.71", "0.7");
    static final List<String> COHORT_B = List.of("8", "25", "56.3", "25", "50", "31.3", "0.42", "0.44");
    static final List<String> EVERYONE = List.of("14", "32.1", "67.9", "50", "50", "35.7", "0.53", "0.54");
    static final List<String> NOTHING_SHOWN = List.of(HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DataSource dataSource;

    GainWorld world;
    String ofCourse;

    @BeforeAll
    void buildTheWorld() {
        world = new GainWorld(new Api(client), dataSource);
        ofCourse = "?course=" + world.course;
    }

    @Test
    void anAdministratorSeesEveryGroupOfTheCourseWithSmallOnesAndTheirComplementHidden() {
        Map<String, Object> report = world.gain(world.admin, ofCourse);
        String title = world.courseTitle;

        assertThat(rows(report, "gain-courses")).containsExactly(row(title, EVERYONE));
        assertThat(rows(report, "gain-cohorts")).containsExactly(row(title, "Група А", COHORT_A), row(title, "Група Б", COHORT_B));
        assertThat(rows(report, "gain-oblasts")).containsExactly(row(title, name(world.oblast), EVERYONE));
        assertThat(rows(report, "gain-districts")).containsExactly(row(title, name(world.district), EVERYONE));
        // Вільшанська has 3 people; Березівська's 5 are hidden too, else 14 − 6 − 5 would give the 3 away
        assertThat(rows(report, "gain-hromadas")).containsExactly(row(title, name(world.city), COHORT_A),
                row(title, name(world.rural), NOTHING_SHOWN), row(title, name(world.small), NOTHING_SHOWN));
        assertThat(rows(report, "gain-institutions")).containsExactly(row(title, name(world.centre), COHORT_A),
                row(title, "Не зазначено", COHORT_B));
        assertThat(rows(report, "gain-hromada-kinds")).containsExactly(row(title, "Міська", COHORT_A), row(title, "Сільська", COHORT_B));
        assertThat(rows(report, "gain-institution-kinds")).containsExactly(row(title, "Центр соціальних служб", COHORT_A),
                row(title, "Не зазначено", COHORT_B));
        assertThat(rows(report, "gain-frontline")).containsExactly(row(title, "Ні", COHORT_B), row(title, "Так", COHORT_A));
        assertThat(rows(report, "gain-deoccupied")).containsExactly(row(title, "Ні", EVERYONE));
        // P2 wrong by 10 of 14, P1 by 9 of 14
        assertThat(cells(table(report, "questions"))).containsExactly(
                List.of(title, "Вхідне друге твердження хибне.", "71.4", "14"),
                List.of(title, "Вхідне перше твердження правдиве.", "64.3", "14"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void tablesSayWhatTheirColumnsAreInTheReadersLanguage() {
        Map<String, Object> table = table(world.gain(world.admin, ofCourse), "gain-cohorts");
        Map<String, Object> english = table(world.api.http().retrieve(Api.authorised(HttpRequest.GET("/api/analytics/gain" + ofCourse),
                world.admin).header("Cookie", "fakh_lang=en"), Map.class), "gain-frontline");

        assertThat(table).containsEntry("title", "Приріст знань за групами");
        assertThat((List<String>) table.get("headers")).containsExactly("Курс", "Група", "Осіб", "Середнє вхідного тесту, %",
                "Середнє вихідного тесту, %", "Медіана вхідного тесту, %", "Медіана вихідного тесту, %", "Середній приріст, бали",
                "Нормалізований приріст середніх", "Середній нормалізований приріст особи");
        assertThat((List<String>) table.get("notes")).hasSize(3).anySatisfy(note -> assertThat(note).startsWith("<5 — група"));
        assertThat((List<String>) english.get("headers")).startsWith("Course", "Frontline", "People", "Mean pre-test, %");
        assertThat(cells(english)).containsExactly(row(world.courseTitle, "No", COHORT_B), row(world.courseTitle, "Yes", COHORT_A));
    }

    @Test
    void hrCountsOnlyItsOwnHromada() {
        String hr = world.api.login(world.hrCityEmail, Api.PASSWORD);
        Map<String, Object> report = world.gain(hr, "");
        String title = world.courseTitle;

        assertThat(rows(report, "gain-courses")).containsExactly(row(title, COHORT_A));
        assertThat(rows(report, "gain-cohorts")).containsExactly(row(title, "Група А", COHORT_A));
        assertThat(rows(report, "gain-hromadas")).containsExactly(row(title, name(world.city), COHORT_A));
        assertThat(rows(report, "gain-institutions")).containsExactly(row(title, name(world.centre), COHORT_A));
        assertThat(rows(report, "gain-frontline")).containsExactly(row(title, "Так", COHORT_A));
        assertThat(cells(table(report, "questions"))).containsExactly(
                List.of(title, "Вхідне друге твердження хибне.", "66.7", "6"),
                List.of(title, "Вхідне перше твердження правдиве.", "50", "6"));
        assertThat(report.toString()).doesNotContain(name(world.rural)).doesNotContain(name(world.small));
    }

    @Test
    void hrOfAnotherHromadaSeesItsFivePeopleAndNoNames() {
        String hr = world.api.login(world.hrRuralEmail, Api.PASSWORD);
        Map<String, Object> report = world.gain(hr, "");
        String title = world.courseTitle;
        List<String> five = List.of("5", "20", "50", "0", "50", "30", "0.38", "0.4");

        assertThat(rows(report, "gain-courses")).containsExactly(row(title, five));
        assertThat(rows(report, "gain-hromadas")).containsExactly(row(title, name(world.rural), five));
        assertThat(rows(report, "gain-cohorts")).containsExactly(row(title, "Група Б", five));
        assertThat(cells(table(report, "questions"))).containsExactlyInAnyOrder(
                List.of(title, "Вхідне друге твердження хибне.", "80", "5"),
                List.of(title, "Вхідне перше твердження правдиве.", "80", "5"));
        assertThat(world.names).allSatisfy(name -> assertThat(report.toString()).doesNotContain(name));
    }

    @Test
    void aPeriodCountsThoseWhoCompletedInItAndACohortNarrowsToItsPeople() {
        // the one who scored 0 on the post-test did not pass it, so did not complete
        Map<String, Object> completed = world.gain(world.admin, ofCourse + "&from=2000-01-01&to=2100-12-31");
        Map<String, Object> longAgo = world.gain(world.admin, ofCourse + "&from=2000-01-01&to=2000-12-31");
        Map<String, Object> cohortA = world.gain(world.admin, ofCourse + "&cohort=" + world.cohortA);

        assertThat(rows(completed, "gain-courses")).containsExactly(row(world.courseTitle,
                List.of("13", "34.6", "73.1", "50", "50", "38.5", "0.59", "0.58")));
        assertThat(rows(longAgo, "gain-courses")).isEmpty();
        assertThat(cells(table(longAgo, "questions"))).isEmpty();
        assertThat(rows(cohortA, "gain-courses")).containsExactly(row(world.courseTitle, COHORT_A));
    }

    @Test
    void onlyAdministratorsHrAndAnalystsMayAskAndAWrongFilterIsNamed() {
        String learner = world.api.login(world.learnerEmail, Api.PASSWORD);

        assertThatThrownBy(() -> world.gain(learner, "")).isInstanceOfSatisfying(HttpClientResponseException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
        assertThatThrownBy(() -> world.gain(world.trainer, "")).isInstanceOfSatisfying(HttpClientResponseException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(403));
        HttpResponse<Map<String, Object>> wrong = world.api.get(world.admin, "/api/analytics/gain?from=yesterday&course=42");
        assertThat(wrong.code()).isEqualTo(400);
        assertThat(Api.body(wrong).toString()).contains("from").contains("course");
    }

    String name(java.util.UUID organization) {
        return world.orgNames.get(organization);
    }

    static List<String> row(String course, List<String> statistics) {
        List<String> row = new ArrayList<>(List.of(course));
        row.addAll(statistics);
        return row;
    }

    static List<String> row(String course, String group, List<String> statistics) {
        List<String> row = new ArrayList<>(List.of(course, group));
        row.addAll(statistics);
        return row;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> table(Map<String, Object> report, String id) {
        if (id.equals("questions")) {
            return (Map<String, Object>) report.get("questions");
        }
        return ((List<Map<String, Object>>) report.get("tables")).stream().filter(t -> id.equals(t.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id + " in " + report));
    }

    static List<List<String>> rows(Map<String, Object> report, String id) {
        return cells(table(report, id));
    }

    /** Cells as text: numbers without trailing zeros (6, 41.7, 50), texts as they are. */
    @SuppressWarnings("unchecked")
    static List<List<String>> cells(Map<String, Object> table) {
        return ((List<List<Object>>) table.get("rows")).stream().map(row -> row.stream().map(cell -> cell instanceof Number n
                ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString() : String.valueOf(cell)).toList()).toList();
    }
}
