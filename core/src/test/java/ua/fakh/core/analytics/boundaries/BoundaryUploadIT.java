package ua.fakh.core.analytics.boundaries;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.fakh.core.analytics.boundaries.BoundaryFiles.collection;
import static ua.fakh.core.analytics.boundaries.BoundaryFiles.feature;
import static ua.fakh.core.analytics.boundaries.BoundaryFiles.square;

/** {@code /api/analytics/boundaries}: a good file replaces all boundaries; a bad one is refused, saying what and where, and changes nothing. */
@MicronautTest(transactional = false)
class BoundaryUploadIT {
    private static final String BOWTIE = "{\"type\":\"Polygon\",\"coordinates\":[[[28.0,49.0],[28.2,49.2],[28.2,49.0],[28.0,49.2],[28.0,49.0]]]}";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    HromadaBoundaries boundaries;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        api.exchange(Api.authorised(HttpRequest.DELETE("/api/analytics/boundaries"), api.adminToken()));
    }

    @Test
    void takesTheHandMadeHromadasSimplifiedAndReadyToDraw() {
        HttpResponse<Map<String, Object>> uploaded = BoundaryFiles.upload(api, BoundaryFiles.handMade(), null);

        assertThat(uploaded.code()).isEqualTo(200);
        assertThat(uploaded.body()).containsEntry("hromadas", 3).containsEntry("property", "katottg");
        assertThat(summary()).containsEntry("hromadas", 3);
        assertThat(summary().get("uploadedAt")).isNotNull();
        String settlement = "UA05020030010012345"; // a village of the first hromada: drawn as its hromada
        Map<String, HromadaShape> shapes = boundaries.shapes(List.of(BoundaryFiles.VINNYTSIA, settlement,
                BoundaryFiles.AGRONOMICHNA, BoundaryFiles.LVIV, "UA05000000000010236"));
        assertThat(shapes).containsOnlyKeys(BoundaryFiles.VINNYTSIA, settlement, BoundaryFiles.AGRONOMICHNA, BoundaryFiles.LVIV);
        HromadaShape vinnytsia = shapes.get(BoundaryFiles.VINNYTSIA);
        assertThat(shapes.get(settlement)).isEqualTo(vinnytsia);
        assertThat(vinnytsia.hromadaCode()).isEqualTo("UA0502003");
        assertThat(vinnytsia.svgPath()).as("one ring, the near-straight point simplified away").matches("M\\d+ \\d+l-?\\d+ -?\\d+ -?\\d+ -?\\d+ -?\\d+ -?\\d+z");
        assertThat(vinnytsia.maxX()).isGreaterThan(vinnytsia.minX());
        assertThat(vinnytsia.maxY()).as("north is up: y grows southwards").isGreaterThan(vinnytsia.minY());
        assertThat(shapes.get(BoundaryFiles.AGRONOMICHNA).svgPath()).as("shell and hole").containsPattern("z M|zM");
        assertThat(shapes.get(BoundaryFiles.LVIV).geometryJson()).startsWith("{\"type\":\"MultiPolygon\"");
        assertThat(vinnytsia.geometryJson()).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[").contains("28.4");
    }

    @Test
    void aNewFileReplacesAllAndARefusedOneChangesNothing() {
        BoundaryFiles.upload(api, BoundaryFiles.handMade(), null);
        HttpResponse<Map<String, Object>> replaced = BoundaryFiles.upload(api,
                collection(feature("KATOTTG", BoundaryFiles.LVIV, square(24.0, 49.8, 0.1))), null);
        assertThat(replaced.code()).isEqualTo(200);
        assertThat(summary()).containsEntry("hromadas", 1);
        assertThat(boundaries.shapes(List.of(BoundaryFiles.VINNYTSIA))).isEmpty();

        HttpResponse<Map<String, Object>> refused = BoundaryFiles.upload(api, collection(
                feature("katottg", BoundaryFiles.VINNYTSIA, square(28.4, 49.1, 0.1)),
                feature("katottg", BoundaryFiles.AGRONOMICHNA, BOWTIE)), null);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(summary()).as("the good feature of a refused file is not taken").containsEntry("hromadas", 1);

        assertThat(api.exchange(Api.authorised(HttpRequest.DELETE("/api/analytics/boundaries"), api.adminToken())).code()).isEqualTo(204);
        assertThat(summary()).containsEntry("hromadas", 0).containsEntry("uploadedAt", null);
        String audit = api.get(api.adminToken(), "/api/audit?action=map.boundaries.replace").body().toString();
        assertThat(audit).contains("map.boundaries.replace");
    }

    @Test
    void readsTheCodeFromTheNamedPropertyOrFromAUsualOne() {
        HttpResponse<Map<String, Object>> named = BoundaryFiles.upload(api,
                collection(feature("kod_gromady", BoundaryFiles.LVIV, square(24.0, 49.8, 0.1))), "kod_gromady");
        assertThat(named.code()).isEqualTo(200);
        assertThat(named.body()).containsEntry("property", "kod_gromady");

        HttpResponse<Map<String, Object>> pcode = BoundaryFiles.upload(api,
                collection(feature("ADM3_PCODE", "UA0502003", square(28.4, 49.1, 0.1))), "");
        assertThat(pcode.code()).as("an OCHA P-code names the hromada by its first nine characters").isEqualTo(200);
        assertThat(boundaries.shapes(List.of(BoundaryFiles.VINNYTSIA))).containsKey(BoundaryFiles.VINNYTSIA);
    }

    @Test
    void refusesWhatIsNotJson() {
        assertRefused(BoundaryFiles.upload(api, "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8), null),
                400, "file", "not valid JSON");
        assertRefused(BoundaryFiles.upload(api, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8), null), 400, "file", "line 1");
        assertRefused(BoundaryFiles.upload(api, collection("{\"type\":\"Feature\"} trailing"), null), 400, "file", "not valid JSON");
    }

    @Test
    void refusesJsonOfAnotherShape() {
        assertRefused(BoundaryFiles.upload(api, feature("katottg", BoundaryFiles.LVIV, square(24.0, 49.8, 0.1))
                .getBytes(StandardCharsets.UTF_8), null), 400, "file", "its type: Feature");
        assertRefused(BoundaryFiles.upload(api, "[1, 2]".getBytes(StandardCharsets.UTF_8), null), 400, "file", "FeatureCollection");
        assertRefused(BoundaryFiles.upload(api, "{\"type\":\"FeatureCollection\",\"features\":{}}".getBytes(StandardCharsets.UTF_8), null),
                400, "file", "FeatureCollection");
        assertRefused(BoundaryFiles.upload(api, collection(), null), 422, "file", "no features");
        assertRefused(BoundaryFiles.upload(api, ("{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":"
                        + "{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}},\"features\":[]}").getBytes(StandardCharsets.UTF_8), null),
                422, "crs", "EPSG::3857");
    }

    @Test
    void namesTheFeatureWithoutItsCode() {
        byte[] file = collection(feature("katottg", BoundaryFiles.LVIV, square(24.0, 49.8, 0.1)),
                feature("name", "Громада", square(28.4, 49.1, 0.1)));
        assertRefused(BoundaryFiles.upload(api, file, null), 422, "features[1].properties", "Feature 2 has none of the properties katottg");
        assertRefused(BoundaryFiles.upload(api, file, "kod"), 422, "features[0].properties.kod", "Feature 1 has no property \"kod\"");
        assertRefused(BoundaryFiles.upload(api, collection(feature("katottg", "UA05000000000010236", square(28.4, 49.1, 0.1))), null),
                422, "features[0].properties.katottg", "is not a hromada's KATOTTG code");
        assertRefused(BoundaryFiles.upload(api, collection(feature("katottg", BoundaryFiles.LVIV, square(24.0, 49.8, 0.1)),
                feature("katottg", BoundaryFiles.LVIV, square(24.2, 49.8, 0.1))), null), 422, "features[1].properties.katottg",
                "already given to feature 1");
    }

    @Test
    void namesTheFeatureWithABadGeometry() {
        String code = BoundaryFiles.VINNYTSIA;
        assertRefused(upload(feature("katottg", code, BOWTIE)), 422, "features[0].geometry", "crosses itself near latitude 49.1");
        assertRefused(upload(feature("katottg", code, "{\"type\":\"Point\",\"coordinates\":[28.4,49.1]}")), 422,
                "features[0].geometry", "is a Point");
        assertRefused(upload(feature("katottg", code, square(3170000, 6300000, 1000))), 422, "features[0].geometry", "outside Ukraine");
        assertRefused(upload(feature("katottg", code, "{\"type\":\"Polygon\",\"coordinates\":[[[28.4,49.1],[28.5,49.1],[28.5,49.2],[28.4,49.2]]]}")),
                422, "features[0].geometry", "not closed");
        assertRefused(upload(feature("katottg", code, "{\"type\":\"Polygon\",\"coordinates\":[[[28.4,\"49.1\"]]]}")),
                422, "features[0].geometry", "arrays of numbers");
        assertRefused(upload(feature("katottg", code, "null")), 422, "features[0].geometry", "has no geometry");
        assertRefused(upload("{\"type\":\"Topology\"}"), 422, "features[0]", "Feature 1 is not a GeoJSON Feature");
    }

    @Test
    void listsEveryBadFeatureUpToTwenty() {
        String[] features = new String[25];
        for (int i = 0; i < features.length; i++) {
            features[i] = feature("katottg", "UA0502" + String.format("%03d", i + 1), BOWTIE);
        }
        HttpResponse<Map<String, Object>> refused = BoundaryFiles.upload(api, collection(features), null);
        assertThat(refused.code()).isEqualTo(422);
        List<?> errors = (List<?>) Api.body(refused).get("errors");
        assertThat(errors).hasSize(21);
        assertThat(errors.get(20).toString()).contains("5 more problems");
    }

    private HttpResponse<Map<String, Object>> upload(String feature) {
        return BoundaryFiles.upload(api, collection(feature), null);
    }

    private Map<String, Object> summary() {
        return api.get(api.adminToken(), "/api/analytics/boundaries").body();
    }

    @SuppressWarnings("unchecked")
    private static void assertRefused(HttpResponse<Map<String, Object>> response, int status, String field, String words) {
        assertThat(response.code()).as(response.getBody(String.class).orElse("")).isEqualTo(status);
        assertThat(response.getContentType().map(Object::toString)).hasValue("application/problem+json");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) Api.body(response).get("errors");
        assertThat(errors).as("errors of %s", Api.body(response)).anySatisfy(error -> {
            assertThat(error.get("field")).isEqualTo(field);
            assertThat((String) error.get("message")).contains(words);
        });
    }
}
