package ua.fakh.core.limits;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Addresses;
import ua.fakh.core.testing.Api;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database (PostgreSQL when {@code DATASOURCES_DEFAULT_URL} names it, else
 * one in-memory H2 both open): failures counted on either node add up, so the limit does not double.
 */
class TwoNodesShareLimitsIT {

    @Test
    void failedLoginsSpreadOverTwoNodesShareOneCount() throws Exception {
        Map<String, Object> shared = shared();
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, shared, "test");
             EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, shared, "test");
             HttpClient one = first.getApplicationContext().createBean(HttpClient.class, first.getURL());
             HttpClient two = second.getApplicationContext().createBean(HttpClient.class, second.getURL())) {
            Api nodeA = new Api(one);
            Api nodeB = new Api(two);
            String address = Addresses.uniqueIpv6();
            for (int i = 0; i < 4; i++) {
                assertThat(failedLogin(i % 2 == 0 ? nodeA : nodeB, address)).isEqualTo(401);
            }
            assertThat(failedLogin(nodeA, address)).isEqualTo(429);
            assertThat(failedLogin(nodeB, address)).isEqualTo(429);
            assertThat(failedLogin(nodeB, Addresses.uniqueIpv6())).isEqualTo(401);
        }
    }

    private static int failedLogin(Api node, String address) {
        return node.exchange(HttpRequest.POST("/login", Map.of("username", Api.unique("node") + "@test.fakh",
                "password", "wrong-password")).header("X-Forwarded-For", address)).code();
    }

    private static Map<String, Object> shared() {
        Map<String, Object> properties = new HashMap<>();
        String postgres = System.getenv("DATASOURCES_DEFAULT_URL");
        properties.put("datasources.default.url", postgres != null && !postgres.isBlank() ? postgres
                : "jdbc:h2:mem:two-nodes-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
        properties.put("fakh.trusted-proxies", "127.0.0.1/32, ::1/128");
        properties.put("fakh.login.failures-per-address", "4");
        return properties;
    }
}
