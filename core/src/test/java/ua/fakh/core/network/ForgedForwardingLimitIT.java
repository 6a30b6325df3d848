package ua.fakh.core.network;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Addresses;
import ua.fakh.core.testing.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no trusted proxy configured (the default), forwarding headers are the client's own words:
 * a new forged address per request does not open a new rate-limit counter.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.login.failures-per-address", value = "3")
class ForgedForwardingLimitIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aForgedForwardedForFromAnUntrustedPeerDoesNotEscapeTheLoginLimit() {
        Api api = new Api(client);
        List<Integer> statuses = new ArrayList<>();
        // on a database shared with other suites this address may have failed before: count from there
        for (int i = 0; i < 4; i++) {
            String address = i % 2 == 0 ? Addresses.uniqueIpv4() : Addresses.uniqueIpv6();
            statuses.add(api.exchange(HttpRequest.POST("/login", Map.of("username", Api.unique("forger") + "@test.fakh",
                            "password", "wrong-password"))
                    .header("X-Forwarded-For", address)
                    .header("Forwarded", "for=\"[" + Addresses.uniqueIpv6() + "]\"")
                    .header("X-Real-IP", address)).code());
        }

        assertThat(statuses).contains(429).isSubsetOf(401, 429);
        assertThat(statuses.subList(statuses.indexOf(429), statuses.size())).containsOnly(429);
        assertThat(statuses.stream().filter(s -> s == 401).count()).isLessThanOrEqualTo(3);
        // the address itself stays limited whatever the next forged header says
        assertThat(api.exchange(HttpRequest.POST("/login", Map.of("username", Api.unique("forger") + "@test.fakh",
                "password", "wrong-password")).header("X-Forwarded-For", Addresses.uniqueIpv4())).code()).isEqualTo(429);
    }
}
