package ua.fakh.certificates.issuing;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "fakh.public-rate-limit", value = "5")
class PublicRateLimitIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void tooManyChecksFromOneAddressGet429WithRetryAfter() {
        Api api = new Api(client);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get(null, "/api/public/certificates/" + "1".repeat(26)).code()).isEqualTo(404);
        }
        HttpResponse<?> limited = api.get(null, "/api/public/certificates/" + "1".repeat(26));
        assertThat(limited.code()).isEqualTo(429);
        assertThat(Long.parseLong(limited.getHeaders().get("Retry-After"))).isBetween(1L, 13L);
    }
}
