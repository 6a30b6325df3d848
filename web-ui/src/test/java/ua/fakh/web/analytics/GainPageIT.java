package ua.fakh.web.analytics;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /analytics/gain} on {@link GainWorld}: the numbers of {@link GainReportIT}, as a reader of each language writes them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GainPageIT extends PageTest {
    private static final Pattern CELL = Pattern.compile("<t([hd])[^>]*>([^<]*)</t[hd]>");

    @Inject
    DataSource dataSource;

    GainWorld world;

    @BeforeAll
    void buildTheWorld() {
        world = new GainWorld(new Api(client), dataSource);
    }

    @Test
    void anAdministratorReadsEveryTableWithUkrainianNumbers() {
        browser.signInAsAdmin();

        Browser.Page page = browser.get("/analytics/gain?course=" + world.course);

        assertThat(page.status()).isEqualTo(200);
        String title = world.courseTitle;
        assertThat(page.html()).contains("aria-current=\"page\">Приріст знань</a>").contains("class=\"analytics-filter\"")
                .contains("Нормалізований приріст показує").contains("<caption id=\"gain-cohorts-caption\">Приріст знань за групами</caption>")
                .contains("data-label=\"Середнє вхідного тесту, %\"").contains("table class=\"gain-table stack\"");
        assertThat(cells(page, "gain-courses")).containsExactly(List.of(title, "14", "32,1", "67,9", "50", "50", "35,7", "0,53", "0,54"));
        assertThat(cells(page, "gain-cohorts")).containsExactly(
                List.of(title, "Група А", "6", "41,7", "83,3", "50", "100", "41,7", "0,71", "0,7"),
                List.of(title, "Група Б", "8", "25", "56,3", "25", "50", "31,3", "0,42", "0,44"));
        List<String> hidden = List.of("&lt;5", "&lt;5", "&lt;5", "&lt;5", "&lt;5", "&lt;5", "&lt;5", "&lt;5");
        assertThat(cells(page, "gain-hromadas")).containsExactly(
                List.of(title, world.orgNames.get(world.city), "6", "41,7", "83,3", "50", "100", "41,7", "0,71", "0,7"),
                with(title, world.orgNames.get(world.rural), hidden), with(title, world.orgNames.get(world.small), hidden));
        assertThat(cells(page, "gain-questions")).containsExactly(
                List.of(title, "Вхідне друге твердження хибне.", "71,4", "14"),
                List.of(title, "Вхідне перше твердження правдиве.", "64,3", "14"));
    }

    @Test
    void anEnglishReaderGetsEnglishHeadersAndDecimalPoints() {
        browser.signInAsAdmin();
        browser.get("/lang/en?next=/");

        Browser.Page page = browser.get("/analytics/gain?course=" + world.course);

        assertThat(page.html()).contains("Knowledge gain by course").contains("Normalised gain says what share");
        assertThat(cells(page, "gain-frontline")).containsExactly(
                List.of(world.courseTitle, "No", "8", "25", "56.3", "25", "50", "31.3", "0.42", "0.44"),
                List.of(world.courseTitle, "Yes", "6", "41.7", "83.3", "50", "100", "41.7", "0.71", "0.7"));
    }

    @Test
    void hrSeesItsOwnHromadaOnly() {
        browser.signIn(world.hrCityEmail, Api.PASSWORD);

        Browser.Page page = browser.get("/analytics/gain");

        assertThat(page.status()).isEqualTo(200);
        assertThat(cells(page, "gain-courses")).containsExactly(
                List.of(world.courseTitle, "6", "41,7", "83,3", "50", "100", "41,7", "0,71", "0,7"));
        assertThat(page.html()).contains(world.orgNames.get(world.city)).doesNotContain(world.orgNames.get(world.rural))
                .doesNotContain(world.orgNames.get(world.small));
    }

    @Test
    void aWrongFilterIsSaidBesideItsFieldAndNothingIsCounted() {
        browser.signInAsAdmin();

        Browser.Page wrong = browser.get("/analytics/gain?from=2026-13-01&to=2026-01-01");
        Browser.Page nobody = browser.get("/analytics/gain?course=" + world.course + "&from=2000-01-01&to=2000-01-31");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.html()).contains("id=\"af-from-error\"").doesNotContain("gain-table");
        assertThat(nobody.status()).isEqualTo(200);
        assertThat(nobody.html()).contains("Тут ще немає нікого з вхідним і вихідним тестом").doesNotContain("gain-table");
    }

    private static List<String> with(String course, String group, List<String> statistics) {
        List<String> row = new ArrayList<>(List.of(course, group));
        row.addAll(statistics);
        return row;
    }

    /** The texts of a table's body rows, cell by cell. */
    private static List<List<String>> cells(Browser.Page page, String tableId) {
        String html = page.html();
        int start = html.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as("table " + tableId).isPositive();
        String body = html.substring(html.indexOf("<tbody>", start), html.indexOf("</tbody>", start));
        List<List<String>> rows = new ArrayList<>();
        for (String row : body.split("<tr>")) {
            Matcher cell = CELL.matcher(row);
            List<String> cells = new ArrayList<>();
            while (cell.find()) {
                cells.add(cell.group(2).strip());
            }
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        return rows;
    }
}
