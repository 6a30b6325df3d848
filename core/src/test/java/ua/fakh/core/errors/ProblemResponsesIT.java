package ua.fakh.core.errors;

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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything a client can get wrong answers 4xx application/problem+json, never 500, never a stack trace. */
@MicronautTest(transactional = false)
class ProblemResponsesIT {
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
    void malformedJsonIs400Problem() {
        HttpResponse<?> response = api.exchange(Api.authorised(HttpRequest.POST("/api/organizations", "{\"name\": \"x\",")
                .contentType(MediaType.APPLICATION_JSON), admin));
        assertProblem(response, 400);
    }

    @Test
    void wrongTypeIs400ProblemNamingTheField() {
        HttpResponse<?> response = api.post(admin, "/api/organizations", Map.of("name", "X", "kind", "PLANET"));
        assertProblem(response, 400);
    }

    @Test
    void missingFieldsAre400WithFieldErrors() {
        HttpResponse<?> response = api.post(admin, "/api/users", Map.of("email", "not-an-email", "fullName", ""));
        assertProblem(response, 400);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) Api.body(response).get("errors");
        assertThat(errors).extracting(e -> e.get("field")).contains("email", "fullName", "organizationId", "roles");
    }

    @Test
    void aFieldMessageWithArgumentsIsAnsweredInTheCallersLanguage() {
        for (Map.Entry<String, String> language : Map.of("uk", "має бути від 1 до 200", "en", "must be between 1 and 200").entrySet()) {
            HttpResponse<?> response = api.exchange(Api.authorised(HttpRequest.GET("/api/users?size=0")
                    .cookie(io.micronaut.http.cookie.Cookie.of(ua.fakh.core.i18n.LocaleChoice.COOKIE, language.getKey())), admin));
            assertProblem(response, 400);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> errors = (List<Map<String, Object>>) Api.body(response).get("errors");
            assertThat(errors).as(language.getKey()).containsExactly(Map.of("field", "size", "message", language.getValue()));
        }
    }

    @Test
    void brokenConstraintsAreWordedInTheCallersLanguage() {
        Map<String, Object> user = Map.of("email", "not-an-email", "fullName", "");
        HttpResponse<?> uk = api.exchange(Api.authorised(HttpRequest.POST("/api/users", user)
                .cookie(io.micronaut.http.cookie.Cookie.of(ua.fakh.core.i18n.LocaleChoice.COOKIE, "uk")), admin));
        HttpResponse<?> en = api.exchange(Api.authorised(HttpRequest.POST("/api/users", user)
                .cookie(io.micronaut.http.cookie.Cookie.of(ua.fakh.core.i18n.LocaleChoice.COOKIE, "en")), admin));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ukErrors = (List<Map<String, Object>>) Api.body(uk).get("errors");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> enErrors = (List<Map<String, Object>>) Api.body(en).get("errors");
        assertThat(ukErrors).isNotEmpty().allSatisfy(e -> assertThat(e.get("message").toString()).as(e.toString())
                .matches(".*\\p{IsCyrillic}.*").doesNotContain("problem."));
        assertThat(enErrors).isNotEmpty().allSatisfy(e -> assertThat(e.get("message").toString()).as(e.toString())
                .doesNotContain("problem.").matches("[^\\p{IsCyrillic}]*"));
    }

    @Test
    void aConstraintNamingItsOwnSentenceSaysWhichLanguagesThereAre() {
        for (Map.Entry<String, String> language : Map.of("uk", "має бути uk (українська) або en (англійська)",
                "en", "must be uk (Ukrainian) or en (English)").entrySet()) {
            HttpResponse<?> response = api.exchange(Api.authorised(HttpRequest.PUT("/api/me", Map.of("locale", "fr"))
                    .cookie(io.micronaut.http.cookie.Cookie.of(ua.fakh.core.i18n.LocaleChoice.COOKIE, language.getKey())), admin));
            assertProblem(response, 400);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> errors = (List<Map<String, Object>>) Api.body(response).get("errors");
            assertThat(errors).as(language.getKey()).containsExactly(Map.of("field", "locale", "message", language.getValue()));
        }
    }

    @Test
    void missingTokenIs401Problem() {
        assertProblem(api.get(null, "/api/me"), 401);
    }

    @Test
    void tamperedTokenIs401Problem() {
        String[] parts = admin.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]));
        String forged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("\"ADMIN\"", "\"HR\"").getBytes());
        assertProblem(api.get(parts[0] + "." + forged + "." + parts[2], "/api/me"), 401);
        assertProblem(api.get("not.a.jwt", "/api/me"), 401);
        String unsigned = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
                + "." + parts[1] + ".";
        assertProblem(api.get(unsigned, "/api/me"), 401);
    }

    @Test
    void unknownRouteAndUnknownIdAre404Problems() {
        assertProblem(api.get(admin, "/api/no-such-route"), 404);
        assertProblem(api.get(admin, "/api/organizations/" + java.util.UUID.randomUUID()), 404);
        assertProblem(api.get(admin, "/api/organizations/not-a-uuid"), 400);
    }

    @Test
    void unsupportedMediaTypeIs415Problem() {
        HttpResponse<?> response = api.exchange(Api.authorised(HttpRequest.POST("/api/organizations", "name=x")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED), admin));
        assertProblem(response, 415);
    }

    @Test
    void pagingOutOfRangeIs400() {
        assertProblem(api.get(admin, "/api/users?size=100000"), 400);
        assertProblem(api.get(admin, "/api/users?page=-1"), 400);
    }

    @Test
    void problemsNameNoInternalClassesRoutesOrArguments() {
        List<HttpResponse<?>> responses = List.of(
                api.post(admin, "/api/organizations", Map.of("name", "X", "kind", "PLANET")),
                api.exchange(Api.authorised(HttpRequest.POST("/api/organizations", "{\"name\": \"x\",")
                        .contentType(MediaType.APPLICATION_JSON), admin)),
                api.exchange(Api.authorised(HttpRequest.POST("/api/organizations", "[1, 2]")
                        .contentType(MediaType.APPLICATION_JSON), admin)),
                api.get(admin, "/api/organizations/not-a-uuid"),
                api.get(admin, "/api/users?page=abc"),
                api.exchange(Api.authorised(HttpRequest.DELETE("/api/me"), admin)));
        for (HttpResponse<?> response : responses) {
            assertThat(response.code()).isBetween(400, 499);
            assertThat(Api.body(response).toString()).as(Api.body(response).toString())
                    .doesNotContain("ua.fakh", "java.", "io.micronaut", "route", "Route", "argument [", "SELECT", "Exception");
        }
    }

    static void assertProblem(HttpResponse<?> response, int status) {
        assertThat(response.code()).isEqualTo(status);
        assertThat(response.getContentType().map(MediaType::toString)).hasValue("application/problem+json");
        Map<String, Object> body = Api.body(response);
        assertThat(body).containsEntry("status", status).containsKeys("title", "type");
        assertThat(body.toString()).doesNotContain("Exception").doesNotContain("at ua.fakh");
    }
}
