package ua.fakh.web.analytics;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.analytics.AnalyticsScopes;
import ua.fakh.core.analytics.MapLayer;
import ua.fakh.core.testing.Api;
import ua.fakh.courses.analytics.AnalyticsFilter;
import ua.fakh.courses.analytics.CoverageReports;
import ua.fakh.web.testing.Browser;
import ua.fakh.web.testing.PageTest;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Who may read the coverage report and the names behind it, what a wrong filter gets, and the pages and map layers. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class CoverageAccessIT extends PageTest {
    private static final String YEAR_2026 = "&from=2026-01-01&to=2026-12-31";

    @Inject
    DataSource dataSource;
    @Inject
    AnalyticsScopes scopes;
    @Inject
    CoverageReports coverage;

    CoverageWorld world;

    @BeforeEach
    void world() {
        if (world == null) {
            world = new CoverageWorld(api, dataSource, scopes);
        }
    }

    @Test
    void aLearnerIsRefused() {
        String learner = api.login((String) api.createUser(api.adminToken(), "Особа Без Ролі", world.id("institutionA"),
                "LEARNER").get("email"), Api.PASSWORD);

        assertThat(api.get(learner, "/api/analytics/coverage").code()).isEqualTo(403);
        assertThat(api.get(learner, "/api/analytics/people?organization=" + world.id("institutionA")).code()).isEqualTo(403);
    }

    @Test
    void aWrongFilterIsRefusedWithEveryFieldAtOnce() {
        HttpResponse<Map<String, Object>> wrong = api.get(token("hrOblast"),
                "/api/analytics/coverage?from=2026-13-01&to=soon&provider=abc&course=1&cohort=x&tag=a%7Cb");
        assertThat(wrong.code()).isEqualTo(400);
        assertThat(fields(wrong)).containsExactlyInAnyOrder("from", "to", "provider", "course", "cohort", "tag");

        HttpResponse<Map<String, Object>> backwards = api.get(token("hrOblast"), "/api/analytics/coverage?from=2026-05-01&to=2026-04-30");
        assertThat(backwards.code()).isEqualTo(422);
        assertThat(fields(backwards)).containsExactly("to");
    }

    @Test
    void hrAndAdministratorsSeeTheTrainedPeopleOfTheirOwnOrganisationsOnly() {
        HttpResponse<List<Map<String, Object>>> people = people("hrOblast", world.id("institutionA"), YEAR_2026);
        assertThat(people.code()).isEqualTo(200);
        assertThat(people.body()).extracting(p -> p.get("fullName"))
                .containsExactly("Особа A1", "Особа A2", "Особа A3", "Особа A4", "Особа A5", "Особа A6", "Особа A8");
        assertThat(people.body().get(1)).containsEntry("completions", 2).containsEntry("lastCompletedOn", "2026-04-01");
        assertThat(people("hrHromada", world.id("hromadaA"), "").body()).hasSize(10);

        assertThat(people("hrHromada", world.id("institutionC"), "").code()).isEqualTo(403);
        assertThat(people("analyst", world.id("institutionA"), "").code()).isEqualTo(403);
        String admin = api.adminToken();
        assertThat(peopleAs(admin, world.id("institutionD"), "").body()).hasSize(9);
        assertThat(api.get(admin, "/api/analytics/people?organization=" + UUID.randomUUID()).code()).isEqualTo(404);
        assertThat(api.get(admin, "/api/analytics/people?organization=nobody").code()).isEqualTo(400);
        assertThat(api.get(admin, "/api/analytics/people").code()).isEqualTo(400);
    }

    @Test
    void thePageShowsTheReportWithLinksToThePeopleForHrOnly() {
        browser.signIn(world.emails.get("hrOblast"), Api.PASSWORD);
        Browser.Page page = browser.get("/analytics?from=2026-01-01&to=2026-12-31");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).contains("Ключові числа", "Навчено працівників", "&lt;5", "id=\"coverage-institutions\"",
                "href=\"/analytics/people?organization=" + world.id("institutionA") + "&amp;from=2026-01-01&amp;to=2026-12-31\"",
                "href=\"/analytics/gain?from=2026-01-01&amp;to=2026-12-31\"");
        Browser.Page people = browser.get("/analytics/people?organization=" + world.id("institutionA") + YEAR_2026);
        assertThat(people.status()).isEqualTo(200);
        assertThat(people.html()).contains("Особа A1", "Особа A8", world.name("institutionA")).doesNotContain("Особа A7");

        Browser.Page wrong = browser.get("/analytics?from=2026-13-01");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.html()).contains("має бути день у вигляді 2026-01-31").doesNotContain("Ключові числа");

        Browser analyst = new Browser(server);
        analyst.signIn(world.emails.get("analyst"), Api.PASSWORD);
        Browser.Page numbers = analyst.get("/analytics");
        assertThat(numbers.status()).isEqualTo(200);
        assertThat(numbers.html()).contains(world.name("hromadaA")).doesNotContain("/analytics/people");
        assertThat(analyst.get("/analytics/people?organization=" + world.id("institutionA")).status()).isEqualTo(403);
        analyst.close();
    }

    @Test
    void mapLayersCarryTheSameHiddenCellsAsTheTables() {
        AnalyticsScope oblast = new AnalyticsScope(world.id("oblast"), false);
        AnalyticsFilter year = new AnalyticsFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, null, null, null);

        MapLayer oblasts = coverage.oblastLayer(oblast, year, Locale.forLanguageTag("uk"));
        assertThat(oblasts.level()).isEqualTo("oblast");
        assertThat(oblasts.areas()).containsExactly(new MapLayer.Area(world.katottg("oblast"), world.name("oblast"), 29.0, "29"));
        MapLayer hromadas = coverage.hromadaLayer(oblast, year, Locale.ENGLISH);
        assertThat(hromadas.title()).isEqualTo("People trained");
        assertThat(hromadas.areas()).extracting(MapLayer.Area::katottg, MapLayer.Area::value, MapLayer.Area::shown).containsExactly(
                tuple(world.katottg("hromadaA"), 9.0, "9"),
                tuple(world.katottg("hromadaB"), 10.0, "10"),
                tuple(world.katottg("hromadaC"), 10.0, "10"),
                tuple(world.katottg("hromadaD"), 0.0, "0"));
        MapLayer hidden = coverage.hromadaLayer(oblast, new AnalyticsFilter(null, null, null, null, null, world.id("cohort1")),
                Locale.ENGLISH);
        assertThat(hidden.areas().get(0)).isEqualTo(new MapLayer.Area(world.katottg("hromadaA"), world.name("hromadaA"), null, "<5"));
    }

    @SuppressWarnings("unchecked")
    private HttpResponse<List<Map<String, Object>>> people(String person, UUID organization, String filter) {
        return peopleAs(token(person), organization, filter);
    }

    @SuppressWarnings("unchecked")
    private HttpResponse<List<Map<String, Object>>> peopleAs(String token, UUID organization, String filter) {
        try {
            return api.http().exchange(Api.authorised(HttpRequest.GET("/api/analytics/people?organization=" + organization + filter),
                    token), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (HttpClientResponseException refused) {
            return (HttpResponse<List<Map<String, Object>>>) refused.getResponse();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(HttpResponse<Map<String, Object>> problem) {
        return ((List<Map<String, Object>>) Api.body(problem).get("errors")).stream().map(e -> (String) e.get("field")).toList();
    }

    private String token(String person) {
        return api.login(world.emails.get(person), Api.PASSWORD);
    }
}
