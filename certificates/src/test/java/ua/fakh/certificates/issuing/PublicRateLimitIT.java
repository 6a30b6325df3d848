package ua.fakh.certificates.issuing;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Addresses;
import ua.fakh.core.testing.Api;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The test client plays a trusted proxy, so each test is a client address of its own. */
@MicronautTest(transactional = false)
@Property(name = "fakh.public-rate-limit", value = "5")
@Property(name = "fakh.trusted-proxies", value = "127.0.0.1/32, ::1/128")
class PublicRateLimitIT {
    private static final String UNKNOWN = "/api/public/certificates/" + "1".repeat(26);

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void tooManyChecksFromOneAddressGet429WithRetryAfter() {
        Api api = new Api(client);
        String address = Addresses.uniqueIpv4();
        for (int i = 0; i < 5; i++) {
            assertThat(api.exchange(from(address, HttpRequest.GET(UNKNOWN))).code()).isEqualTo(404);
        }
        HttpResponse<?> limited = api.exchange(from(address, HttpRequest.GET(UNKNOWN)));
        assertThat(limited.code()).isEqualTo(429);
        assertThat(limited.getContentType().map(Object::toString)).hasValue("application/problem+json");
        assertThat(Long.parseLong(limited.getHeaders().get("Retry-After"))).isBetween(1L, 60L);
        assertThat(api.exchange(from(Addresses.uniqueIpv4(), HttpRequest.GET(UNKNOWN))).code()).isEqualTo(404);
    }

    @Test
    void aBatchCountsOneCheckPerCode() {
        Api api = new Api(client);
        String address = Addresses.uniqueIpv6();
        List<String> fourCodes = List.of("A".repeat(26), "B".repeat(26), "C".repeat(26), "D".repeat(26));
        assertThat(api.exchange(from(address, HttpRequest.POST("/api/public/certificates/verify", Map.of("codes", fourCodes))))
                .code()).isEqualTo(200);
        assertThat(api.exchange(from(address, HttpRequest.GET(UNKNOWN))).code()).isEqualTo(404);
        assertThat(api.exchange(from(address, HttpRequest.GET(UNKNOWN))).code()).isEqualTo(429);
    }

    private static MutableHttpRequest<?> from(String address, MutableHttpRequest<?> request) {
        return request.header("X-Forwarded-For", address);
    }
}
