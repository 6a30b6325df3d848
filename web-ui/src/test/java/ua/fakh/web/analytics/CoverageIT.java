package ua.fakh.web.analytics;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.PageTest;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.fakh.web.analytics.Reports.keyNumbers;
import static ua.fakh.web.analytics.Reports.row;
import static ua.fakh.web.analytics.Reports.rows;

/**
 * Every number of the coverage answer on the hand-built tree of {@link CoverageWorld}, as HR of the
 * oblast, HR of one hromada and an analyst of one district see it, with the filters; the "<5" cells and
 * the cells hidden beside them are worked out by hand in the comments.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class CoverageIT extends PageTest {
    private static final String YEAR_2026 = "?from=2026-01-01&to=2026-12-31";
    private static final String SSC = "Центр соціальних служб";
    private static final String CHILDREN = "Служба у справах дітей";
    private static final String TERRITORIAL = "Територіальний центр соціального обслуговування";
    private static final String NGO = "Громадська організація";

    @Inject
    DataSource dataSource;
    @Inject
    AnalyticsScopes scopes;

    CoverageWorld world;

    @BeforeEach
    void world() {
        if (world == null) {
            world = new CoverageWorld(api, dataSource, scopes);
        }
    }

    /**
     * 2026: 29 people. Institution B's 2 are hidden, and institution A (7) beside them in hromada A;
     * hromada B's 3 people at the council itself are unseen but small, so institution B's neighbour C
     * (7) is hidden, and likewise institution D (9) beside hromada C's one person at the council. The
     * kinds of institution then hide territorial centres (= D alone) and "not in an institution"
     * (2 + 4 people). Hromada A's 9 are all shown and 6 of them count as frontline: that would give the 3
     * trained before the hromada became frontline, so the frontline count is hidden.
     */
    @Test
    void hrOfTheOblastSeesEveryNumberOfTheYear() {
        Map<String, Object> report = coverage("hrOblast", YEAR_2026);

        assertThat(report.get("scope")).isEqualTo(Map.of("rootId", world.id("oblast").toString(), "rootName", world.name("oblast"),
                "names", true));
        assertThat(keyNumbers(report)).containsExactly("trained=29", "hromadas=3/4", "institutions=4/5", "frontline=<5",
                "deoccupied=10", "hours=708.0", "ects=23.6");
        assertThat(rows(report, "coverage-oblasts")).containsExactly(row(n("oblast"), 29, 200, 14.5));
        assertThat(rows(report, "coverage-districts")).containsExactly(
                row(n("districtA"), n("oblast"), 19, 100, 19.0),
                row(n("districtB"), n("oblast"), 10, null, null));
        assertThat(rows(report, "coverage-hromadas")).containsExactly(
                row(n("hromadaA"), "Сільська", n("districtA"), 9, 30, 30.0),
                row(n("hromadaB"), "Селищна", n("districtA"), 10, 20, 50.0),
                row(n("hromadaC"), "Міська", n("districtB"), 10, 50, 20.0),
                row(n("hromadaD"), "Сільська", n("districtB"), 0, null, null));
        assertThat(rows(report, "coverage-institutions")).containsExactly(
                row(n("institutionA"), SSC, n("hromadaA"), "<5", 10, "<5"),
                row(n("institutionB"), CHILDREN, n("hromadaA"), "<5", 8, "<5"),
                row(n("institutionC"), SSC, n("hromadaB"), "<5", null, null),
                row(n("institutionD"), TERRITORIAL, n("hromadaC"), "<5", 25, "<5"),
                row(n("institutionE"), NGO, n("hromadaD"), 0, null, null));
        assertThat(rows(report, "coverage-hromada-kinds")).containsExactly(
                row("Сільська", 2, 1, 9, null, null), row("Селищна", 1, 1, 10, 20, 50.0), row("Міська", 1, 1, 10, 50, 20.0));
        assertThat(rows(report, "coverage-institution-kinds")).containsExactly(
                row(SSC, 2, 2, 14, null, null), row(TERRITORIAL, 1, 1, "<5", 25, "<5"), row(CHILDREN, 1, 1, "<5", 8, "<5"),
                row(NGO, 1, 0, 0, null, null), row("Поза установами", 0, 0, "<5", null, null));
        assertThat(rows(report, "coverage-communities")).containsExactly(
                row("Прифронтові громади", 1, 1, "<5"), row("Деокуповані громади", 1, 1, 10));
        assertThat(rows(report, "coverage-hours")).containsExactly(row("< 8", 7), row("8–16", 0), row("16–40", 22),
                row("40–80", 0), row("80+", 0), row("Осіб (разом у стовпці)", 29));
        assertThat(rows(report, "coverage-ects")).containsExactly(row("< 0,5", 7), row("0,5–1", 0), row("1–2", 22),
                row("2–4", 0), row("4+", 0), row("Осіб (разом у стовпці)", 29));
        assertThat(rows(report, "coverage-volume-statistics")).containsExactly(
                row(2026, "Години", 29, 30.0, 30.0, 30.0, 30.0), row(2026, "Кредити ЄКТС", 29, 1.0, 1.0, 1.0, 1.0));
        assertThat(rows(report, "coverage-untrained")).containsExactly(
                row(n("hromadaD"), "Громада", "Сільська", n("districtB"), null),
                row(n("institutionE"), "Установа", NGO, n("hromadaD"), null));
        assertThat(Reports.table(report, "coverage-hromadas").get("organizations")).isEqualTo(List.of(
                id("hromadaA"), id("hromadaB"), id("hromadaC"), id("hromadaD")));
        assertThat(Reports.tableIds(report)).as("profile facts are off here").doesNotContain("coverage-experience", "coverage-positions");
    }

    /**
     * All time: 2025 adds a7 (hromada A, before it became frontline) and g1 (hromada D). Per year the
     * hours table is two-way: 2025 holds 2 people in one band, so its band cell, its column total and,
     * beside them, 2026's cell of that band (22) and 2026's column total (29) are hidden; the margins of
     * all years stay, as neither hidden cell can be had from them.
     */
    @Test
    void allTimeCountsBothYearsWithTheirMargins() {
        Map<String, Object> report = coverage("hrOblast", "");

        assertThat(keyNumbers(report)).startsWith("trained=31", "hromadas=4/4", "institutions=5/5");
        assertThat(keyNumbers(report)).endsWith("hours=768.0", "ects=25.6");
        assertThat(rows(report, "coverage-oblasts")).containsExactly(row(n("oblast"), 31, 200, 15.5));
        assertThat(Reports.table(report, "coverage-hours").get("headers")).isEqualTo(List.of("Годин за рік", "2025", "2026", "Усі роки"));
        assertThat(rows(report, "coverage-hours")).containsExactly(row("< 8", 0, 7, 7), row("8–16", 0, 0, 0),
                row("16–40", "<5", "<5", 24), row("40–80", 0, 0, 0), row("80+", 0, 0, 0), row("Осіб (разом у стовпці)", "<5", "<5", 31));
        assertThat(rows(report, "coverage-ects")).containsExactly(row("< 0,5", 0, 7, 7), row("0,5–1", 0, 0, 0),
                row("1–2", "<5", "<5", 24), row("2–4", 0, 0, 0), row("4+", 0, 0, 0), row("Осіб (разом у стовпці)", "<5", "<5", 31));
        assertThat(rows(report, "coverage-volume-statistics")).containsExactly(
                row(2025, "Години", "<5", "<5", "<5", "<5", "<5"), row(2025, "Кредити ЄКТС", "<5", "<5", "<5", "<5", "<5"),
                row(2026, "Години", "<5", 30.0, 30.0, 30.0, 30.0), row(2026, "Кредити ЄКТС", "<5", 1.0, 1.0, 1.0, 1.0));
        assertThat(rows(report, "coverage-untrained")).isEmpty();
    }

    /**
     * HR of hromada A: its 9 people, nothing above it. Institution B's 2 hide institution A's 7; the
     * kind "centre of social services" is institution A alone, so it is hidden too; the hours bands
     * (3 under eight hours, 6 from 16 to 40) hide each other. Frontline again hidden: 6 of the shown 9.
     */
    @Test
    void hrOfAHromadaSeesOnlyItsSubtree() {
        Map<String, Object> report = coverage("hrHromada", YEAR_2026);

        assertThat(keyNumbers(report)).containsExactly("trained=9", "hromadas=1/1", "institutions=2/2", "frontline=<5",
                "deoccupied=0", "hours=204.0", "ects=6.8");
        assertThat(Reports.tableIds(report)).doesNotContain("coverage-oblasts", "coverage-districts");
        assertThat(rows(report, "coverage-hromadas")).containsExactly(row(n("hromadaA"), "Сільська", null, 9, 30, 30.0));
        assertThat(rows(report, "coverage-institutions")).containsExactly(
                row(n("institutionA"), SSC, n("hromadaA"), "<5", 10, "<5"),
                row(n("institutionB"), CHILDREN, n("hromadaA"), "<5", 8, "<5"));
        assertThat(rows(report, "coverage-hromada-kinds")).containsExactly(
                row("Сільська", 1, 1, 9, 30, 30.0), row("Селищна", 0, 0, 0, null, null), row("Міська", 0, 0, 0, null, null));
        assertThat(rows(report, "coverage-institution-kinds")).containsExactly(
                row(SSC, 1, 1, "<5", 10, "<5"), row(CHILDREN, 1, 1, "<5", 8, "<5"));
        assertThat(rows(report, "coverage-communities")).containsExactly(
                row("Прифронтові громади", 1, 1, "<5"), row("Деокуповані громади", 0, 0, 0));
        assertThat(rows(report, "coverage-hours")).containsExactly(row("< 8", "<5"), row("8–16", 0), row("16–40", "<5"),
                row("40–80", 0), row("80+", 0), row("Осіб (разом у стовпці)", 9));
        assertThat(rows(report, "coverage-volume-statistics")).containsExactly(
                row(2026, "Години", 9, 6.0, 30.0, 30.0, 31.2), row(2026, "Кредити ЄКТС", 9, 0.2, 1.0, 1.0, 1.04));
        assertThat(rows(report, "coverage-untrained")).isEmpty();
    }

    /** An analyst of district A: its two hromadas and three institutions, numbers only, no row leads to names. */
    @Test
    void analystOfADistrictSeesOnlyItsNumbers() {
        Map<String, Object> report = coverage("analyst", YEAR_2026);

        assertThat(report.get("scope")).isEqualTo(Map.of("rootId", id("districtA"), "rootName", n("districtA"), "names", false));
        assertThat(keyNumbers(report)).containsExactly("trained=19", "hromadas=2/2", "institutions=3/3", "frontline=<5",
                "deoccupied=10", "hours=432.0", "ects=14.4");
        assertThat(Reports.tableIds(report)).doesNotContain("coverage-oblasts");
        assertThat(rows(report, "coverage-districts")).containsExactly(row(n("districtA"), null, 19, 100, 19.0));
        assertThat(rows(report, "coverage-hromadas")).containsExactly(
                row(n("hromadaA"), "Сільська", n("districtA"), 9, 30, 30.0),
                row(n("hromadaB"), "Селищна", n("districtA"), 10, 20, 50.0));
        assertThat(rows(report, "coverage-institutions")).containsExactly(
                row(n("institutionA"), SSC, n("hromadaA"), "<5", 10, "<5"),
                row(n("institutionB"), CHILDREN, n("hromadaA"), "<5", 8, "<5"),
                row(n("institutionC"), SSC, n("hromadaB"), "<5", null, null));
        assertThat(rows(report, "coverage-institution-kinds")).containsExactly(
                row(SSC, 2, 2, 14, null, null), row(CHILDREN, 1, 1, "<5", 8, "<5"), row("Поза установами", 0, 0, "<5", null, null));
        assertThat(Reports.table(report, "coverage-hromadas").get("organizations")).isEqualTo(List.of());
    }

    @Test
    void filtersByCourseProviderTagCohortAndPeriodInKyivTime() {
        // course 2 (6 hours): a2, a4, a6, b1 in hromada A (a2, a4, b1 on or after its frontline day), d1-d3, f1
        assertThat(keyNumbers(coverage("hrOblast", YEAR_2026 + "&course=" + id("course2")))).containsExactly(
                "trained=8", "hromadas=3/4", "institutions=2/5", "frontline=<5", "deoccupied=<5", "hours=48.0", "ects=1.6");
        assertThat(keyNumbers(coverage("hrOblast", YEAR_2026 + "&provider=" + id("provider2")))).containsExactly(
                "trained=8", "hromadas=3/4", "institutions=2/5", "frontline=<5", "deoccupied=<5", "hours=48.0", "ects=1.6");
        // course 1 by its tag: a1, a2, a3, a5, a8, b2, c1-c7, e1-e9; frontline only a3, a5, b2 (a2's course 1 was in February)
        assertThat(keyNumbers(coverage("hrOblast", YEAR_2026 + "&tag=" + java.net.URLEncoder.encode("ментальне ЗДОРОВ'Я", java.nio.charset.StandardCharsets.UTF_8)))).containsExactly(
                "trained=22", "hromadas=3/4", "institutions=4/5", "frontline=<5", "deoccupied=7", "hours=660.0", "ects=22.0");
        assertThat(keyNumbers(coverage("hrOblast", "?cohort=" + id("cohort1")))).containsExactly(
                "trained=<5", "hromadas=1/4", "institutions=1/5", "frontline=<5", "deoccupied=0", "hours=<5", "ects=<5");
        // 2025 in Kyiv time: a7 at 23:30 on 31 December, g1; not a8 at 00:30 on 1 January 2026
        assertThat(keyNumbers(coverage("hrOblast", "?from=2025-01-01&to=2025-12-31"))).containsExactly(
                "trained=<5", "hromadas=2/4", "institutions=2/5", "frontline=0", "deoccupied=0", "hours=<5", "ects=<5");
        Map<String, Object> newYear = coverage("hrOblast", "?from=2026-01-01&to=2026-01-01");
        assertThat(keyNumbers(newYear)).startsWith("trained=<5", "hromadas=1/4", "institutions=1/5");
        assertThat(rows(newYear, "coverage-institutions").get(0)).isEqualTo(row(n("institutionA"), SSC, n("hromadaA"), "<5", 10, "<5"));
    }

    private String n(String key) {
        return world.name(key);
    }

    private String id(String key) {
        return world.id(key).toString();
    }

    private Map<String, Object> coverage(String person, String query) {
        HttpResponse<Map<String, Object>> response = api.get(token(person), "/api/analytics/coverage" + query);
        assertThat(response.code()).as("%s", Api.body(response)).isEqualTo(200);
        return response.body();
    }

    private String token(String person) {
        return api.login(world.emails.get(person), Api.PASSWORD);
    }
}
