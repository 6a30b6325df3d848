package ua.fakh.core.errors;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * U+0000 anywhere a client can put text is a 400 naming the field, on H2 and PostgreSQL alike
 * (PostgreSQL cannot store it, so without the check these were 500s there), and writes nothing.
 */
@MicronautTest(transactional = false)
class NulCharacterIT {
    @Inject
    @Client("/")
    HttpClient client;

    Api api;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(client);
        admin = api.adminToken();
    }

    @Test
    void refusesNulInTheLoginEmailAndPassword() {
        assertRefused(api.exchange(HttpRequest.POST("/login", Map.of("username", "admin\u0000@test.fakh", "password", "x"))), "username");
        assertRefused(api.exchange(HttpRequest.POST("/login", Map.of("username", "admin@test.fakh", "password", "pa\u0000ss"))), "password");
    }

    @Test
    void refusesNulInAnOrganizationNameAndCreatesNothing() {
        String name = Api.unique("Нуль");
        HttpResponse<?> response = api.post(admin, "/api/organizations", Map.of("name", name + "\u0000", "kind", "OBLAST"));
        assertRefused(response, "name");
        assertThat(api.get(admin, "/api/organizations?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .body().get("content")).isEqualTo(List.of());
    }

    @Test
    void refusesNulNestedInAListOfAJsonBody() {
        HttpResponse<?> response = api.post(admin, "/api/users", Map.of("email", Api.unique("n") + "@test.fakh",
                "fullName", "Хтось", "organizationId", UUID.randomUUID().toString(), "roles", List.of("LEARNER", "HR\u0000")));
        assertRefused(response, "roles.1");
    }

    @Test
    void refusesNulInProfileFields() {
        assertRefused(api.exchange(Api.authorised(HttpRequest.PUT("/api/me", Map.of("fullName", "Адмін\u0000")), admin)), "fullName");
    }

    @Test
    void refusesNulInASearchQueryAndThePath() {
        assertRefused(api.get(admin, "/api/users?q=a%00b"), "q");
        assertRefused(api.get(admin, "/api/organizations?q=%00"), "q");
        HttpResponse<?> inPath = api.get(admin, "/api/organizations/%00");
        assertThat(inPath.code()).isBetween(400, 499);
    }

    @Test
    void answersInTheCallersLanguage() {
        HttpResponse<?> english = api.exchange(Api.authorised(HttpRequest.GET("/api/users?q=%00"), admin)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));
        HttpResponse<?> ukrainian = api.exchange(Api.authorised(HttpRequest.GET("/api/users?q=%00"), admin)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "uk"));
        assertThat(errors(english).get(0).get("message")).asString().contains("NUL");
        assertThat(errors(ukrainian).get(0).get("message")).asString().contains("не може містити");
    }

    @Test
    void aNulRowOfACsvImportIsAnErrorInTheReportNotSkipped() {
        UUID org = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        String good = Api.unique("good") + "@test.fakh";
        String csv = "email,fullName,organizationId,roles\n"
                + good + ",Добра Людина," + org + ",LEARNER\n"
                + Api.unique("nul") + "@test.fakh,Погана\u0000Людина," + org + ",LEARNER\n";
        HttpResponse<Map<String, Object>> report = api.exchange(Api.authorised(HttpRequest.POST("/api/users/import", csv)
                .contentType(MediaType.of("text/csv")), admin));
        assertThat(report.code()).isEqualTo(200);
        assertThat(report.body()).containsEntry("created", 1).containsEntry("skipped", 0);
        assertThat(errors(report)).singleElement().satisfies(e -> {
            assertThat(e.get("line")).isEqualTo(3);
            assertThat(e.get("message")).asString().contains("NUL");
        });
    }

    @Test
    void anEscapedBackslashBeforeU0000IsOrdinaryText() {
        String name = Api.unique("Слеш") + "\\u0000";
        HttpResponse<Map<String, Object>> created = api.post(admin, "/api/organizations", Map.of("name", name, "kind", "OBLAST"));
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body()).containsEntry("name", name);
    }

    private static void assertRefused(HttpResponse<?> response, String field) {
        ProblemResponsesIT.assertProblem(response, 400);
        assertThat(errors(response)).extracting(e -> e.get("field")).containsExactly(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> errors(HttpResponse<?> response) {
        return (List<Map<String, Object>>) Api.body(response).get("errors");
    }
}
