package ua.fakh.web.analytics.map;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.analytics.boundaries.BoundaryFiles;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /analytics/map} as the HR of a hand-built oblast sees it: the tile and the hromadas drawn on
 * their boundaries show exactly the numbers of the tables beside them, small cells hatched as "<5".
 */
@MicronautTest(transactional = false)
class AnalyticsMapIT extends PageTest {
    private static final Pattern TILE = Pattern.compile("<g class=\"tile\" data-code=\"(\\d\\d)\" data-shown=\"([^\"]*)\">");
    private static final Pattern ROW = Pattern.compile("<tr data-katottg=\"([^\"]+)\"><th scope=\"row\"[^>]*>[^<]*</th><td[^>]*>([^<]*)</td></tr>");
    private static final Pattern PATH = Pattern.compile(
            "<path d=\"[^\"]+\" data-katottg=\"([^\"]+)\"[^>]*?fill=\"([^\"]+)\"><title>[^<]*: ([^<]*)</title></path>");

    private MapWorld world;

    @BeforeEach
    void build() {
        world = new MapWorld(api);
        api.exchange(Api.authorised(HttpRequest.DELETE("/api/analytics/boundaries"), world.admin));
        browser.signIn(world.hrEmail, Api.PASSWORD);
    }

    @Test
    void theOblastTileShowsTheNumberOfItsTable() {
        Browser.Page page = browser.get("/analytics/map?level=oblast&course=" + world.course);

        assertThat(page.status()).isEqualTo(200);
        Map<String, String> tiles = matches(TILE, page.html());
        Map<String, String> rows = matches(ROW, page.html());
        assertThat(tiles).hasSize(27);
        assertThat(rows).as("one oblast in the HR's scope").hasSize(1);
        String code = rows.keySet().iterator().next();
        assertThat(code).as("the oblast's digits, from the codes below it").isEqualTo("05");
        assertThat(tiles.get("05")).isEqualTo(rows.get("05")).isIn("8", "&lt;5");
        tiles.forEach((tile, shown) -> assertThat(tile.equals("05") || shown.equals("—")).as("no data for %s", tile).isTrue());
        assertThat(page.html()).contains("aria-current=\"page\">Області</a>")
                .doesNotContain("id=\"map-hromadas\"")
                .contains("href=\"/analytics/map.geojson?level=oblast&amp;course=" + world.course + "\"")
                .as("filtering again, or clearing the filter, stays on the oblasts")
                .contains("<input type=\"hidden\" name=\"level\" value=\"oblast\">")
                .contains("href=\"/analytics/map?level=oblast\"");
    }

    @Test
    void hromadasAreDrawnOnTheirBoundariesWithTheNumbersOfTheirTable() {
        assertThat(BoundaryFiles.upload(api, world.boundaries(), null).code()).isEqualTo(200);

        Browser.Page page = browser.get("/analytics/map?course=" + world.course);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).as("with boundaries uploaded, hromadas are the default level").contains("id=\"map-hromadas\"");
        Map<String, String> rows = matches(ROW, page.html());
        String north = world.codes.get("Північна");
        String south = world.codes.get("Південна");
        String quiet = world.codes.get("Тиха");
        assertThat(rows).containsKeys(north, south, quiet);
        assertThat(rows.get(south)).isEqualTo("&lt;5");
        var paths = PATH.matcher(page.html()).results().toList();
        assertThat(paths).extracting(m -> m.group(1)).containsExactlyInAnyOrder(north, south);
        for (var path : paths) {
            assertThat(path.group(3)).as("the tooltip of %s", path.group(1)).isEqualTo(rows.get(path.group(1)));
            assertThat(path.group(2).equals("url(#hatch-hromadas)")).as("hatched exactly when hidden: %s", path.group(1))
                    .isEqualTo(rows.get(path.group(1)).equals("&lt;5"));
        }
        assertThat(page.html()).contains("Громад без завантаженої межі, лише в таблиці: 1.", "role=\"img\"",
                "<desc id=\"hromadas-desc\">Мапа 2 громад");
        assertThat(page.html()).as("the tiles stay above").contains("<g class=\"tile\" data-code=\"05\"");
    }

    @Test
    void withoutBoundariesTheHromadaLevelSaysSoAndStillListsTheNumbers() {
        Browser.Page page = browser.get("/analytics/map?level=hromada&course=" + world.course);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Межі громад ще не завантажено: числа є в таблиці.").doesNotContain("<path ")
                .doesNotContain("href=\"/admin/map\"");
        assertThat(matches(ROW, page.html())).containsKeys(world.codes.get("Північна"), world.codes.get("Південна"), world.codes.get("Тиха"));
    }

    @Test
    void refusesALevelThatIsNeitherAndAWrongFilterReadably() {
        assertThat(browser.get("/analytics/map?level=raion").status()).isEqualTo(400);
        Browser.Page wrongDay = browser.get("/analytics/map?from=yesterday");
        assertThat(wrongDay.status()).isEqualTo(400);
        assertThat(wrongDay.html()).contains("analytics-filter").doesNotContain("<g class=\"tile\"");
    }

    private static Map<String, String> matches(Pattern pattern, String html) {
        Map<String, String> found = new LinkedHashMap<>();
        pattern.matcher(html).results().forEach(m -> found.put(m.group(1), m.group(2)));
        return found;
    }
}
