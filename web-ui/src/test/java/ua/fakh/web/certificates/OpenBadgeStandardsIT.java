package ua.fakh.web.certificates;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;
import ua.fakh.core.testing.ExternalTool;
import ua.fakh.web.testing.PageTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An issued Open Badges 3.0 credential judged by tools nobody here wrote ({@code .ci/standards/openbadges/check.mjs}:
 * jose, ajv with 1EdTech's schema, Digital Bazaar's bitstring status list), which dereference every URL the
 * credential names. So the server listens where {@code FAKH_PUBLIC_URL} says: a free port picked before it starts.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "fakh.outbox.poll", value = "1h")
// and no first scheduled poll either: the test decides when events go out
@Property(name = "fakh.outbox.first-poll", value = "1h")
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class OpenBadgeStandardsIT extends PageTest implements TestPropertyProvider {
    @Inject
    Outbox outbox;

    @Override
    public Map<String, String> getProperties() {
        int port = freePort();
        return Map.of("micronaut.server.port", Integer.toString(port), "fakh.public-url", "http://localhost:" + port);
    }

    @Test
    void theCredentialItsKidItsIssuerAndItsStatusListPassTheIndependentChecksBeforeAndAfterRevocation() throws Exception {
        String admin = api.adminToken();
        String edrpou = Api.newEdrpou();
        UUID provider = Api.id(api.post(admin, "/api/organizations", Map.of("name", Api.unique("Навчальний центр"),
                "kind", "PROVIDER", "edrpou", edrpou)).body());
        UUID hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA",
                Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null))));
        String trainer = api.login((String) api.createUser(admin, "Тренерка Курсу", provider, "TRAINER").get("email"), Api.PASSWORD);
        Map<String, Object> course = new HashMap<>(Map.of("title", Api.unique("Ведення випадку"), "titleEn", "Case management",
                "summary", "Курс", "hours", 30, "outcomes", List.of("Складає план допомоги"), "language", "uk",
                "providerId", provider.toString()));
        UUID courseId = Api.id(api.post(trainer, "/api/courses", course).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + courseId + "/sections", Map.of("title", "Розділ")).body());
        UUID lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок",
                "type", "content_markdown", "content", Map.of("markdown", "Зміст"))).body());
        api.post(trainer, "/api/courses/" + courseId + "/publish", Map.of());
        String learner = api.login((String) api.createUser(admin, "Ґалина Їжак", hromada, "LEARNER").get("email"), Api.PASSWORD);
        api.post(learner, "/api/courses/" + courseId + "/enrollments", Map.of());
        api.get(learner, "/api/lessons/" + lesson);
        outbox.deliverDue();
        Map<String, Object> certificate = api.http().retrieve(Api.authorised(HttpRequest.GET("/api/me/certificates"), learner),
                Argument.listOf(Argument.mapOf(String.class, Object.class))).get(0);

        HttpResponse<byte[]> download = api.http().exchange(Api.authorised(
                HttpRequest.GET("/api/certificates/" + certificate.get("id") + "/credential"), learner), byte[].class);
        assertThat(download.getContentType().orElseThrow().toString()).isEqualTo("application/vc+jwt");
        assertThat(download.header(HttpHeaders.CONTENT_DISPOSITION))
                .contains("attachment", "fakh-" + certificate.get("serialNumber") + "-open-badge.jwt");
        String page = api.http().retrieve(Api.authorised(HttpRequest.GET("/certificates/" + certificate.get("id") + "/open-badge"),
                learner).header(HttpHeaders.ACCEPT_LANGUAGE, "uk"), String.class);
        assertThat(page).contains("Як додати його до гаманця", "/certificates/" + certificate.get("id") + "/credential",
                server.getURL() + "/issuers/" + provider);
        HttpResponse<byte[]> pageDownload = api.http().exchange(Api.authorised(
                HttpRequest.GET("/certificates/" + certificate.get("id") + "/credential"), learner), byte[].class);
        assertThat(pageDownload.header(HttpHeaders.CONTENT_DISPOSITION)).contains("fakh-" + certificate.get("serialNumber") + "-open-badge.jwt");
        assertThat(pageDownload.body()).isEqualTo(download.body());
        Path jwt = Files.createTempFile("fakh-open-badge", ".jwt");
        Files.write(jwt, download.body());

        Map<String, Object> before = check(jwt);
        assertThat(before).containsEntry("typ", "JWT").containsEntry("schema", "valid").containsEntry("revoked", false)
                .containsEntry("issuer", server.getURL() + "/issuers/" + provider)
                .containsEntry("statusListIssuer", server.getURL() + "/issuers/" + provider);
        assertThat((String) before.get("kid")).startsWith(server.getURL() + "/.well-known/jwks/");
        signsOnly((String) before.get("statusListKid"));

        api.post(trainer, "/api/certificates/" + certificate.get("id") + "/revoke", Map.of("reason", "Помилка"));
        assertThat(check(jwt)).containsEntry("revoked", true);
    }

    @Test
    void unknownIssuersKeysAndListsAreProblemsNotErrors() {
        for (String uri : List.of("/issuers/" + UUID.randomUUID(), "/.well-known/jwks/no-such-key",
                "/api/public/status-lists/revocation/" + UUID.randomUUID())) {
            HttpResponse<Map<String, Object>> answer = api.exchange(HttpRequest.GET(uri).accept("application/json"));
            assertThat(answer.code()).as(uri).isEqualTo(404);
            assertThat(answer.getContentType().orElseThrow().toString()).as(uri).isEqualTo("application/problem+json");
        }
        assertThat(api.exchange(HttpRequest.GET("/issuers/not-a-uuid%00").accept("application/ld+json")).code()).isEqualTo(400);
    }

    @Test
    void aBrowserAskingTheIssuerIdGetsAPageInItsLanguage() {
        UUID provider = newProvider();
        for (String language : List.of("uk", "en")) {
            String page = api.http().retrieve(HttpRequest.GET("/issuers/" + provider)
                    .accept("text/html,application/xhtml+xml,*/*;q=0.8").header(HttpHeaders.ACCEPT_LANGUAGE, language), String.class);
            assertThat(page).contains(language.equals("uk") ? "Як перевірити сертифікат цього видавця"
                    : "How to check a certificate of this issuer", "/api/public/status-lists/revocation/" + provider);
        }
        String profile = api.http().retrieve(HttpRequest.GET("/issuers/" + provider), String.class);
        assertThat(profile).contains("\"Profile\"", "\"id\":\"" + server.getURL() + "/issuers/" + provider + "\"");
    }

    /** The status list's key is one for signatures (digitalSignature), not a CA's (keyCertSign). */
    private void signsOnly(String kid) throws Exception {
        String json = api.http().retrieve(HttpRequest.GET(kid.substring(server.getURL().toString().length())), String.class);
        List<Base64> chain = JWK.parse(json).getX509CertChain();
        X509Certificate certificate = com.nimbusds.jose.util.X509CertUtils.parse(chain.get(0).decode());
        boolean[] usage = certificate.getKeyUsage();
        assertThat(usage[0]).as("digitalSignature").isTrue();
        assertThat(usage[5]).as("keyCertSign").isFalse();
        assertThat(certificate.getBasicConstraints()).as("not a CA").isEqualTo(-1);
    }

    private static Map<String, Object> check(Path jwt) throws Exception {
        ExternalTool.Result result = ExternalTool.node("openbadges", "check.mjs", jwt.toString());
        assertThat(result.succeeded()).as(result.output()).isTrue();
        String last = result.stdout().strip().lines().reduce((a, b) -> b).orElseThrow();
        return com.nimbusds.jose.util.JSONObjectUtils.parse(last);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
