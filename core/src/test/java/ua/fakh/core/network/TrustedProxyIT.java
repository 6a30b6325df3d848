package ua.fakh.core.network;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a trusted proxy (the test client at 127.0.0.1 plays it) the forwarded address is the
 * client: it is what the audit log records and what the per-address login limit counts, and a
 * failing address locks an account only for itself.
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.trusted-proxies", value = "127.0.0.1/32, ::1/128")
@Property(name = "fakh.login.failures-per-address", value = "6")
class TrustedProxyIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void manyEmailsFromOneForwardedAddressGet429WhileAnotherAddressIsStillHeard() {
        Api api = new Api(client);
        String attacker = Addresses.uniqueIpv6();
        for (int i = 0; i < 6; i++) {
            assertThat(login(api, Api.unique("guess") + "@test.fakh", "wrong-password", attacker).code()).isEqualTo(401);
        }
        HttpResponse<?> limited = login(api, Api.unique("guess") + "@test.fakh", "wrong-password", attacker);
        assertThat(limited.code()).isEqualTo(429);
        assertThat(limited.getContentType().map(Object::toString)).hasValue("application/problem+json");
        assertThat(Long.parseLong(limited.getHeaders().get("Retry-After"))).isBetween(1L, 600L);
        assertThat(login(api, Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD, attacker).code()).isEqualTo(429);

        assertThat(login(api, Api.unique("guess") + "@test.fakh", "wrong-password", Addresses.uniqueIpv6()).code())
                .isEqualTo(401);
    }

    @Test
    void successfulLoginsDoNotUseUpTheAddressesLimit() {
        Api api = new Api(client);
        String office = Addresses.uniqueIpv4();
        for (int i = 0; i < 10; i++) {
            assertThat(login(api, Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD, office).code()).isEqualTo(200);
        }
        assertThat(login(api, Api.unique("typo") + "@test.fakh", "wrong-password", office).code()).isEqualTo(401);
    }

    @Test
    void aLockFromOneAddressDoesNotLockTheSameAccountForAnotherAddress() {
        Api api = new Api(client);
        String admin = adminToken(api);
        UUID org = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        String colleague = newColleague(api, admin, org);
        String attacker = Addresses.uniqueIpv6();
        for (int i = 0; i < 5; i++) {
            assertThat(login(api, colleague, "guess-" + i, attacker).code()).isEqualTo(401);
        }

        assertThat(login(api, colleague, Api.PASSWORD, attacker).code()).isEqualTo(429);
        assertThat(login(api, colleague, Api.PASSWORD, Addresses.uniqueIpv4()).code()).isEqualTo(200);
    }

    @Test
    void theAuditLogRecordsTheForwardedAddressNotTheProxy() {
        Api api = new Api(client);
        String client = Addresses.uniqueIpv4();
        String email = Api.unique("audited") + "@test.fakh";
        login(api, email, "wrong-password", "203.0.113.99, " + client);   // the left part is the client's own claim
        String admin = adminToken(api);
        String organization = (String) Api.body(api.exchange(Api.authorised(HttpRequest.POST("/api/organizations",
                Map.of("name", Api.unique("Провайдер"), "kind", "PROVIDER")), admin).header("X-Forwarded-For", client))).get("id");

        List<Map<String, Object>> failed = entries(api, admin, "LOGIN_FAILED");
        assertThat(failed).filteredOn(e -> email.equals(e.get("actorEmail")))
                .singleElement().satisfies(e -> assertThat(e.get("clientAddress")).isEqualTo(client));
        assertThat(entries(api, admin, "ORGANIZATION_CREATED")).filteredOn(e -> organization.equals(e.get("targetId")))
                .singleElement().satisfies(e -> assertThat(e.get("clientAddress")).isEqualTo(client));
        assertThat(failed.toString()).doesNotContain("203.0.113.99");
    }

    /** Signed in from an address of its own: on a shared database, 127.0.0.1 may have used up its failures. */
    private static String adminToken(Api api) {
        return (String) Api.body(login(api, Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD, Addresses.uniqueIpv4())).get("access_token");
    }

    /** A person who has replaced their one-time password, signing in from an address of their own (see above). */
    private static String newColleague(Api api, String admin, UUID organization) {
        String email = Api.unique("colleague") + "@test.fakh";
        api.post(admin, "/api/users", Map.of("email", email, "fullName", "Колега", "password", Api.ONE_TIME_PASSWORD,
                "organizationId", organization.toString(), "roles", List.of("LEARNER")));
        String address = Addresses.uniqueIpv4();
        String token = (String) Api.body(login(api, email, Api.ONE_TIME_PASSWORD, address)).get("access_token");
        HttpResponse<?> changed = api.exchange(Api.authorised(HttpRequest.POST("/api/me/password",
                Map.of("currentPassword", Api.ONE_TIME_PASSWORD, "newPassword", Api.PASSWORD)), token).header("X-Forwarded-For", address));
        assertThat(changed.code()).isEqualTo(200);
        return email;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Api api, String admin, String action) {
        return new ArrayList<>((List<Map<String, Object>>) api.get(admin, "/api/audit?size=200&action=" + action).body().get("content"));
    }

    private static HttpResponse<?> login(Api api, String email, String password, String forwardedFor) {
        return api.exchange(HttpRequest.POST("/login", Map.of("username", email, "password", password))
                .header("X-Forwarded-For", forwardedFor));
    }
}
