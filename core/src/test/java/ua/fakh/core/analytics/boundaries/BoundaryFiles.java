package ua.fakh.core.analytics.boundaries;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.cookie.Cookie;
import ua.fakh.core.testing.Api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Boundary files for tests: the hand-made hromadas of {@code boundaries/hromadas.geojson}, and small files written on the spot. */
public final class BoundaryFiles {
    /** The three hromadas of the hand-made file: two in Vinnytsia oblast (one with a hole), one in Lviv oblast (two parts). */
    public static final String VINNYTSIA = "UA05020030000031671";
    public static final String AGRONOMICHNA = "UA05020050000054321";
    public static final String LVIV = "UA46060250000025047";

    private BoundaryFiles() {
    }

    public static byte[] handMade() {
        try (InputStream in = BoundaryFiles.class.getResourceAsStream("/boundaries/hromadas.geojson")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A FeatureCollection of the given features (JSON texts). */
    public static byte[] collection(String... features) {
        return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}").getBytes(StandardCharsets.UTF_8);
    }

    /** A feature whose {@code property} is {@code code}, with {@code geometry} (a JSON text). */
    public static String feature(String property, String code, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"" + property + "\":\"" + code + "\"},\"geometry\":" + geometry + "}";
    }

    /** A square Polygon of {@code size} degrees with its south-west corner at the point given. */
    public static String square(double lon, double lat, double size) {
        return String.format(java.util.Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
                lon, lat, lon + size, lat, lon + size, lat + size, lon, lat + size, lon, lat);
    }

    /** Posts {@code file} to the boundaries API as an administrator reading English; {@code property} is sent when not null. */
    public static HttpResponse<Map<String, Object>> upload(Api api, byte[] file, String property) {
        MultipartBody.Builder body = MultipartBody.builder()
                .addPart("file", "hromadas.geojson", MediaType.of("application/geo+json"), file);
        if (property != null) {
            body.addPart("property", property);
        }
        return api.exchange(Api.authorised(HttpRequest.POST("/api/analytics/boundaries", body.build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).cookie(Cookie.of("fakh_lang", "en")), api.adminToken()));
    }
}
