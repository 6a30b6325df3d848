package ua.fakh.core.analytics.boundaries;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A boundary file past {@code fakh.map.max-boundary-bytes} is refused with 413 and changes nothing. */
@MicronautTest(transactional = false)
@Property(name = "fakh.map.max-boundary-bytes", value = "1KB")
class BoundaryUploadLimitIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void refusesAFileLargerThanTheLimit() {
        Api api = new Api(client);

        HttpResponse<Map<String, Object>> small = BoundaryFiles.upload(api, BoundaryFiles.collection(
                BoundaryFiles.feature("katottg", BoundaryFiles.LVIV, BoundaryFiles.square(24.0, 49.8, 0.1))), null);
        assertThat(small.code()).isEqualTo(200);
        HttpResponse<Map<String, Object>> large = BoundaryFiles.upload(api, BoundaryFiles.handMade(), null);

        assertThat(large.code()).isEqualTo(413);
        assertThat(large.getContentType().map(Object::toString)).hasValue("application/problem+json");
        assertThat(Api.body(large).get("detail").toString()).contains("1 KB");
        assertThat(api.get(api.adminToken(), "/api/analytics/boundaries").body()).containsEntry("hromadas", 1);
    }
}
