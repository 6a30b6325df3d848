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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class CoverageIT extends PageTest {
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

    private Map<String, Object> coverage(String person, String query) {
        HttpResponse<Map<String, Object>> response = api.get(api.login(world.emails.get(person), Api.PASSWORD),
                "/api/analytics/coverage" + query);
        assertThat(response.code()).as("%s", Api.body(response)).isEqualTo(200);
        return response.body();
    }

    @Test
    void printsTheReport() {
        System.out.println("REPORT " + coverage("hrOblast", "?from=2026-01-01&to=2026-12-31"));
        System.out.println("ALLTIME " + coverage("hrOblast", ""));
    }
}
