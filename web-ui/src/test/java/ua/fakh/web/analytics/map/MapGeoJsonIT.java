package ua.fakh.web.analytics.map;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import ua.fakh.core.analytics.boundaries.BoundaryFiles;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /analytics/map.geojson}: the map layer as a GeoJSON FeatureCollection, read back with JTS's
 * GeoJSON reader: oblasts at their centres, hromadas on their boundaries, the numbers of the page's
 * table, hidden ones hidden.
 */
@MicronautTest(transactional = false)
class MapGeoJsonIT extends PageTest {
    private static final Pattern ROW = Pattern.compile("<tr data-katottg=\"([^\"]+)\"><th scope=\"row\"[^>]*>[^<]*</th><td[^>]*>([^<]*)</td></tr>");

    @Inject
    JsonMapper json;

    private MapWorld world;

    @BeforeEach
    void build() {
        world = new MapWorld(api);
        assertThat(BoundaryFiles.upload(api, world.boundaries(), null).code()).isEqualTo(200);
        browser.signIn(world.hrEmail, Api.PASSWORD);
    }

    @Test
    void oblastsArePointsAtTheirCentres() throws Exception {
        Browser.Page response = download("/analytics/map.geojson?level=oblast&course=" + world.course);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/geo+json");
        assertThat(response.headers().get("Content-Disposition")).contains("attachment", "map-oblast.geojson");
        Map<String, Object> collection = read(response);
        List<Map<String, Object>> features = features(collection);
        assertThat(features).hasSize(1);
        Map<String, Object> properties = properties(features.get(0));
        assertThat(properties).containsEntry("katottg", "05").containsKeys("name", "value", "shown", "hidden");
        Geometry centre = geometry(features.get(0));
        assertThat(centre).isInstanceOf(Point.class);
        assertThat(centre.getCoordinate().x).as("Vinnytsia's longitude").isBetween(28.4, 28.5);
        assertThat(centre.getCoordinate().y).isBetween(49.2, 49.3);
        String shown = (String) properties.get("shown");
        assertThat(properties.get("value") == null).isEqualTo("<5".equals(shown));
    }

    @Test
    void hromadasCarryTheirBoundariesAndTheNumbersOfThePage() throws Exception {
        Map<String, String> table = new LinkedHashMap<>();
        ROW.matcher(browser.get("/analytics/map?level=hromada&course=" + world.course).html()).results()
                .filter(m -> m.group(1).length() > 2) // the hromadas' table, not the oblasts' above it
                .forEach(m -> table.put(m.group(1), m.group(2).replace("&lt;", "<")));

        Map<String, Object> collection = read(download("/analytics/map.geojson?level=hromada&course=" + world.course));

        assertThat(collection).containsEntry("type", "FeatureCollection");
        Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
        features(collection).forEach(f -> byCode.put((String) properties(f).get("katottg"), f));
        assertThat(byCode.keySet()).containsExactlyInAnyOrderElementsOf(table.keySet());
        byCode.forEach((code, feature) -> {
            assertThat(properties(feature).get("shown")).as("shown of %s", code).isEqualTo(table.get(code));
            assertThat(properties(feature).get("hidden")).isEqualTo("<5".equals(table.get(code)));
            if ("<5".equals(table.get(code))) {
                assertThat(properties(feature).get("value")).isNull();
            }
        });
        assertThat(properties(byCode.get(world.codes.get("Південна")))).containsEntry("shown", "<5").containsEntry("value", null);
        Geometry north = geometry(byCode.get(world.codes.get("Північна")));
        assertThat(north.isValid()).isTrue();
        Envelope box = north.getEnvelopeInternal();
        assertThat(box.getMinX()).as("the uploaded square").isCloseTo(28.40, org.assertj.core.data.Offset.offset(0.002));
        assertThat(box.getMaxY()).isCloseTo(49.40, org.assertj.core.data.Offset.offset(0.002));
        assertThat(byCode.get(world.codes.get("Тиха"))).as("no boundary: a feature without geometry").containsEntry("geometry", null);
    }

    @Test
    void aLevelThatIsNeitherIsRefused() {
        assertThat(download("/analytics/map.geojson?level=district").status()).isEqualTo(400);
    }

    /** As a browser saves it: the reader's session, any type accepted. */
    private Browser.Page download(String path) {
        return browser.send(HttpRequest.GET(path).accept("*/*"));
    }

    private Map<String, Object> read(Browser.Page response) throws Exception {
        return json.readValue(response.html(), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> features(Map<String, Object> collection) {
        return (List<Map<String, Object>>) collection.get("features");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> properties(Map<String, Object> feature) {
        return (Map<String, Object>) feature.get("properties");
    }

    /** The feature's geometry as JTS reads GeoJSON, checked to lie in Ukraine. */
    private Geometry geometry(Map<String, Object> feature) {
        try {
            Geometry geometry = new GeoJsonReader().read(json.writeValueAsString(feature.get("geometry")));
            Envelope box = geometry.getEnvelopeInternal();
            assertThat(box.getMinX()).isGreaterThan(22.0);
            assertThat(box.getMaxX()).isLessThan(40.5);
            assertThat(box.getMinY()).isGreaterThan(44.0);
            assertThat(box.getMaxY()).isLessThan(52.5);
            return geometry;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
