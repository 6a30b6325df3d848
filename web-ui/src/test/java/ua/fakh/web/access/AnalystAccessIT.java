package ua.fakh.web.access;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.fakh.core.events.Outbox;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ANALYST counts, it never reads people: every route that lists names, e-mails or results refuses
 * it, the routes it may call show no one else, and taking the role away or disabling the account
 * refuses the very next request. (The access matrix tries every route; this says it in sentences.)
 */
@MicronautTest(transactional = false)
@Property(name = "fakh.outbox.poll", value = "1h")
@Property(name = "fakh.outbox.first-poll", value = "1h")
class AnalystAccessIT extends PageTest {
    @Inject
    Outbox outbox;

    String admin;
    UUID hromada;
    UUID course;
    UUID learner;
    String learnerName;
    String learnerEmail;

    @BeforeEach
    void aCourseSomeoneCompleted() {
        admin = api.adminToken();
        UUID provider = newProvider();
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        String trainer = api.login((String) api.createUser(admin, "Тереза Тренерка", provider, "TRAINER").get("email"), Api.PASSWORD);
        course = Api.id(api.post(trainer, "/api/courses", Map.of("title", Api.unique("Курс"), "summary", "Опис", "hours", 2,
                "outcomes", List.of("Уміє"), "language", "uk", "providerId", provider.toString())).body());
        UUID section = Api.id(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Розділ")).body());
        UUID lesson = Api.id(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Урок",
                "type", "content_markdown", "content", Map.of("markdown", "Текст"))).body());
        api.post(trainer, "/api/courses/" + course + "/publish", Map.of());
        learnerName = Api.unique("Слухачка Прізвищенко");
        Map<String, Object> person = api.createUser(admin, learnerName, hromada, "LEARNER");
        learner = Api.id(person);
        learnerEmail = (String) person.get("email");
        String token = api.login(learnerEmail, Api.PASSWORD);
        api.post(token, "/api/courses/" + course + "/enrollments", Map.of());
        api.get(token, "/api/lessons/" + lesson);
        outbox.deliverDue();
    }

    @Test
    void anAnalystIsRefusedEveryRouteThatListsPeopleOrTheirResults() {
        String analyst = api.login(analyst(Map.of("wholeInstallation", true)), Api.PASSWORD);

        for (String uri : List.of("/api/users", "/api/users?q=" + learnerEmail, "/api/users/" + learner,
                "/api/courses/" + course + "/enrollments", "/api/courses/" + course + "/gradebook",
                "/api/courses/" + course + "/gradebook.csv", "/api/courses/" + course + "/prepost",
                "/api/courses/" + course + "/certificates", "/api/organizations/" + hromada + "/certificates",
                "/api/organizations/" + hromada + "/subtree", "/api/audit")) {
            assertThat(api.get(analyst, uri).code()).as(uri).isEqualTo(403);
        }
        for (String page : List.of("/admin/users", "/admin/users/" + learner + "/edit", "/hr/certificates", "/hr/hours",
                "/teach/courses/" + course + "/enrolments", "/teach/courses/" + course + "/gradebook")) {
            Browser.Page refused = browser.get(page);
            assertThat(refused.status()).as(page).isEqualTo(403);
            assertThat(refused.html()).as(page).doesNotContain(learnerName).doesNotContain(learnerEmail);
        }
    }

    @Test
    void whatAnAnalystMayOpenNamesNobodyElse() {
        String email = analyst(Map.of("wholeInstallation", true));
        String analyst = api.login(email, Api.PASSWORD);

        for (String uri : List.of("/api/me", "/api/me/enrollments", "/api/me/certificates", "/api/courses", "/api/courses/" + course,
                "/api/courses/" + course + "/published", "/api/plugins", "/api/analytics/scope", "/sync")) {
            var answer = api.get(analyst, uri);
            assertThat(answer.code()).as(uri).isEqualTo(200);
            assertThat(String.valueOf(answer.body())).as(uri).doesNotContain(learnerName).doesNotContain(learnerEmail);
        }
        for (String page : List.of("/", "/courses", "/courses/" + course, "/learning", "/certificates", "/upcoming", "/profile",
                "/profile/notifications")) {
            Browser.Page shown = browser.get(page);
            assertThat(shown.status()).as(page).isEqualTo(200);
            assertThat(shown.html()).as(page).doesNotContain(learnerName).doesNotContain(learnerEmail);
        }
    }

    @Test
    void takingTheRoleAwayRefusesTheNextRequestAndTheNextSession() {
        String email = analyst(Map.of("wholeInstallation", true));
        String token = api.login(email, Api.PASSWORD);
        assertThat(api.get(token, "/api/analytics/scope").code()).isEqualTo(200);

        api.put(admin, "/api/users/" + userId(email), Map.of("roles", List.of("LEARNER")));

        assertThat(api.get(token, "/api/analytics/scope").code()).as("the old session").isEqualTo(401);
        assertThat(browser.get("/profile").location()).as("the old page session ends: sign in again").startsWith("/signin");
        assertThat(api.get(api.login(email, Api.PASSWORD), "/api/analytics/scope").code()).as("signed in again as a learner")
                .isEqualTo(403);
        assertThat(api.get(admin, "/api/users/" + userId(email) + "/analyst-scope").code()).as("no analyst, no scope").isEqualTo(422);
    }

    @Test
    void disablingTheAccountRefusesTheNextRequest() {
        String email = analyst(Map.of("organizationId", hromada.toString()));
        String token = api.login(email, Api.PASSWORD);
        assertThat(api.get(token, "/api/analytics/scope").body()).containsEntry("organizationId", hromada.toString());

        api.post(admin, "/api/users/" + userId(email) + "/disable", Map.of());

        assertThat(api.get(token, "/api/analytics/scope").code()).isEqualTo(401);
        assertThat(browser.get("/profile").location()).startsWith("/signin");
    }

    @Test
    void theHomePageLeadsToAnalyticsAndSaysWhenNoScopeIsSetYet() {
        String email = analyst(null);

        Browser.Page waiting = browser.get("/");
        api.put(admin, "/api/users/" + userId(email) + "/analyst-scope", Map.of("wholeInstallation", true));
        Browser.Page ready = browser.get("/");

        assertThat(waiting.html()).contains("href=\"/analytics\"").contains("Адміністратор ще не обрав, які організації ви можете рахувати");
        assertThat(api.get(api.login(email, Api.PASSWORD), "/api/analytics/scope").code()).isEqualTo(200);
        assertThat(ready.html()).contains("href=\"/analytics\"").doesNotContain("Адміністратор ще не обрав");
    }

    /** An ANALYST with this scope (none when null), signed in on {@link #browser}; returns the e-mail. */
    private String analyst(Map<String, Object> scope) {
        String email = Api.unique("analyst") + "@test.fakh";
        Map<String, Object> body = new java.util.HashMap<>(Map.of("email", email, "fullName", "Аналітикиня Партнера",
                "password", Api.PASSWORD, "organizationId", hromada.toString(), "roles", List.of("ANALYST")));
        if (scope != null) {
            body.put("analystScope", scope);
        }
        assertThat(api.post(admin, "/api/users", body).code()).isEqualTo(201);
        browser.signIn(email, Api.PASSWORD);
        return email;
    }
}
