package ua.fakh.web.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.analytics.boundaries.BoundaryFiles;
import ua.fakh.core.testing.Api;
import ua.fakh.web.analytics.map.MapWorld;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The map page as HR of a hand-built oblast reads it on a 360 px phone and on a 1280 px screen: no
 * sideways scrolling, all 27 tiles and the hromadas on screen, the tables stacked under the maps on the
 * phone and beside them on the screen, the tile text still legible.
 */
@MicronautTest(transactional = false)
class AnalyticsMapBrowserIT extends ChromiumTest {
    private static final int SCREEN_WIDTH = 1280;

    private MapWorld world;

    @BeforeEach
    void build() {
        Api api = new Api(client);
        world = new MapWorld(api);
        assertThat(BoundaryFiles.upload(api, world.boundaries(), null).code()).isEqualTo(200);
    }

    @Test
    void onAPhoneTheMapFitsAndTheTableFollowsIt() {
        try (BrowserContext context = phone("uk-UA")) {
            Page page = open(context);
            assertFitsViewport(page);
            Locator tiles = page.locator("svg.oblast-tiles");
            assertThat(tiles).isVisible();
            assertThat(page.locator("svg.oblast-tiles g.tile")).hasCount(27);
            BoundingBox grid = tiles.boundingBox();
            assertThat(grid.x).isGreaterThanOrEqualTo(0);
            assertThat(grid.x + grid.width).as("the whole grid is on the screen").isLessThanOrEqualTo(PHONE_WIDTH);
            double label = page.locator("g.tile[data-code='05'] text.tile-name").boundingBox().height;
            double value = page.locator("g.tile[data-code='05'] text.tile-value").boundingBox().height;
            System.out.printf("map at %d px: grid %.0f × %.0f px, tile label %.1f px high, value %.1f px high%n",
                    PHONE_WIDTH, grid.width, grid.height, label, value);
            assertThat(label).as("a tile's name is legible").isGreaterThanOrEqualTo(8);
            assertThat(page.locator("svg.hromada-map path")).hasCount(2);
            BoundingBox hromadas = page.locator("svg.hromada-map").boundingBox();
            assertThat(hromadas.x + hromadas.width).isLessThanOrEqualTo(PHONE_WIDTH);
            BoundingBox table = page.locator("table.map-table").first().boundingBox();
            assertThat(table.y).as("the table comes under the map on a phone").isGreaterThan(grid.y + grid.height - 1);
            screenshot(page, "analytics-map-360");
        }
    }

    @Test
    void onAScreenTheTableStandsBesideTheMap() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(SCREEN_WIDTH, 800).setLocale("uk-UA"))) {
            Page page = open(context);
            assertFitsViewport(page);
            BoundingBox grid = page.locator("svg.oblast-tiles").boundingBox();
            BoundingBox table = page.locator("table.map-table").first().boundingBox();
            assertThat(table.x).as("the table stands to the right of the map").isGreaterThanOrEqualTo(grid.x + grid.width);
            assertThat(page.locator("g.tile[data-code='85']")).isVisible();
            // two people: hatched
            assertThat(page.locator("svg.hromada-map path[data-katottg='" + world.codes.get("Південна") + "']"))
                    .hasAttribute("fill", "url(#hatch-hromadas)");
            screenshot(page, "analytics-map-1280");
        }
    }

    private Page open(BrowserContext context) {
        Page page = context.newPage();
        page.setDefaultTimeout(10_000);
        signInThroughForm(page, world.hrEmail);
        page.navigate(server.getURL() + "/analytics/map?course=" + world.course);
        assertThat(page.locator("h1")).hasText("Мапа охоплення");
        return page;
    }
}
