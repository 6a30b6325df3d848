package ua.fakh.core.network;

import io.micronaut.http.HttpRequest;
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

/**
 * With no trusted proxy configured (the default), forwarding headers are the client's own words:
 * the audit log records the address the connection came from, never a forged one.
 */
@MicronautTest(transactional = false)
class ForgedForwardingIT {
    private static final List<String> LOOPBACK = List.of("127.0.0.1", "::1");

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aForgedForwardedForFromAnUntrustedPeerDoesNotReachTheAuditLog() {
        Api api = new Api(client);
        String admin = api.adminToken();
        String forgedV4 = Addresses.uniqueIpv4();
        String forgedV6 = Addresses.uniqueIpv6();
        String email = Api.unique("forger") + "@test.fakh";

        api.exchange(forged(HttpRequest.POST("/login", Map.of("username", email, "password", "wrong")), forgedV4, forgedV6));
        String organization = (String) Api.body(api.exchange(forged(Api.authorised(HttpRequest.POST("/api/organizations",
                Map.of("name", Api.unique("Провайдер"), "kind", "PROVIDER")), admin), forgedV4, forgedV6))).get("id");

        List<Map<String, Object>> failed = entries(api, admin, "LOGIN_FAILED");
        List<Map<String, Object>> created = entries(api, admin, "ORGANIZATION_CREATED");
        assertThat(failed).filteredOn(e -> email.equals(e.get("actorEmail"))).singleElement()
                .satisfies(e -> assertThat(LOOPBACK).contains((String) e.get("clientAddress")));
        assertThat(created).filteredOn(e -> organization.equals(e.get("targetId"))).singleElement()
                .satisfies(e -> assertThat(LOOPBACK).contains((String) e.get("clientAddress")));
        assertThat(failed + " " + created).doesNotContain(forgedV4).doesNotContain(forgedV6);
    }

    private static MutableHttpRequest<?> forged(MutableHttpRequest<?> request, String v4, String v6) {
        return request.header("X-Forwarded-For", v4).header("Forwarded", "for=\"[" + v6 + "]\"").header("X-Real-IP", v4);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Api api, String admin, String action) {
        return (List<Map<String, Object>>) api.get(admin, "/api/audit?size=200&action=" + action).body().get("content");
    }
}
