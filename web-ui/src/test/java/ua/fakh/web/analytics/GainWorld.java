package ua.fakh.web.analytics;

import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import ua.fakh.core.testing.Api;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A hand-built knowledge-gain world whose right answers are worked out by hand in {@link GainReportIT}:
 * an oblast, its district and three hromadas (Арбузинська: a city, frontline since 2024, with a centre of
 * social services; Березівська and Вільшанська: rural), one course with a two-question pre-test and
 * post-test, cohort А of six people at the centre, cohort Б of five at Березівська and three at Вільшанська,
 * and one more person at the centre who took only the pre-test. HR at Арбузинська and at Березівська.
 */
final class GainWorld {
    static final String GIFT = """
            $CATEGORY: Вхідний
            ::P1:: Вхідне перше твердження правдиве. {T}
            ::P2:: Вхідне друге твердження хибне. {F}

            $CATEGORY: Вихідний
            ::Q1:: Вихідне перше твердження правдиве. {T}
            ::Q2:: Вихідне друге твердження хибне. {F}
            """;

    final Api api;
    final String admin;
    final String trainer;
    final UUID course;
    final String courseTitle;
    final UUID preTest;
    final UUID postTest;
    final UUID cohortA;
    final UUID cohortB;
    final UUID oblast;
    final UUID district;
    final UUID city;
    final UUID rural;
    final UUID small;
    final UUID centre;
    final String hrCityEmail;
    final String hrRuralEmail;
    final String learnerEmail;
    final List<String> names = new ArrayList<>();
    final Map<UUID, String> orgNames = new HashMap<>();

    GainWorld(Api api, DataSource dataSource) {
        this.api = api;
        admin = api.adminToken();
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        trainer = api.login((String) api.createUser(admin, "Тренерка Приросту", provider, "TRAINER").get("email"), Api.PASSWORD);
        courseTitle = Api.unique("Ведення випадку");
        course = Api.id(check(api.post(trainer, "/api/courses", new HashMap<>(Map.of("title", courseTitle,
                "summary", "Змішане навчання", "hours", 16, "outcomes", List.of("Веде випадок"), "language", "uk",
                "providerId", provider.toString(), "enrollmentPolicy", "TRAINER")))));
        api.exchange(Api.authorised(HttpRequest.POST("/api/courses/" + course + "/questions/import", GIFT)
                .contentType(MediaType.TEXT_PLAIN_TYPE), trainer));
        UUID section = Api.id(check(api.post(trainer, "/api/courses/" + course + "/sections", Map.of("title", "Тести"))));
        preTest = quiz(section, "Вхідний тест", "Вхідний", "PRE_TEST");
        postTest = quiz(section, "Вихідний тест", "Вихідний", "POST_TEST");
        check(api.post(trainer, "/api/courses/" + course + "/publish", Map.of()));

        oblast = org("Полтавська область", "OBLAST", null);
        district = org("Полтавський район", "DISTRICT", oblast);
        city = org("Арбузинська громада", "HROMADA", district);
        rural = org("Березівська громада", "HROMADA", district);
        small = org("Вільшанська громада", "HROMADA", district);
        centre = org("Центр соціальних служб", "INSTITUTION", city);
        facts(dataSource);
        cohortA = Api.id(check(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Група А"))));
        cohortB = Api.id(check(api.post(trainer, "/api/courses/" + course + "/cohorts", Map.of("name", "Група Б"))));
        hrCityEmail = (String) api.createUser(admin, "Кадровичка Арбузинська", city, "HR").get("email");
        hrRuralEmail = (String) api.createUser(admin, "Кадровик Березівський", rural, "HR").get("email");

        // pre-test P1 right?, P2 right?; post-test Q1 right?, Q2 right?
        learner(centre, cohortA, true, false, true, true);    // 50 → 100
        learner(centre, cohortA, false, false, true, false);  // 0 → 50
        learner(centre, cohortA, true, false, true, true);    // 50 → 100
        learner(centre, cohortA, false, false, true, true);   // 0 → 100
        learner(centre, cohortA, true, true, true, true);     // 100 → 100
        learner(centre, cohortA, false, true, true, false);   // 50 → 50
        learner(rural, cohortB, false, false, true, false);   // 0 → 50
        learner(rural, cohortB, true, false, false, true);    // 50 → 50
        learner(rural, cohortB, false, false, false, false);  // 0 → 0, not completed
        learner(rural, cohortB, false, true, true, true);     // 50 → 100
        learner(rural, cohortB, false, false, true, false);   // 0 → 50
        learner(small, cohortB, true, false, true, true);     // 50 → 100
        learner(small, cohortB, false, false, false, true);   // 0 → 50
        learner(small, cohortB, false, true, true, false);    // 50 → 50
        String onlyPre = enrol(centre, cohortA);
        take(onlyPre, preTest, "Вхідне", false, false);
        learnerEmail = (String) check(api.get(onlyPre, "/api/me")).get("email");
    }

    private UUID quiz(UUID section, String title, String category, String role) {
        return Api.id(check(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", title,
                "type", "content_quiz", "content", Map.of("category", category, "randomCount", 2,
                        "passingScorePercent", 50, "role", role)))));
    }

    private UUID org(String name, String kind, UUID parent) {
        String unique = Api.unique(name);
        UUID id = Api.id(api.createOrganization(admin, unique, kind, parent));
        orgNames.put(id, unique);
        return id;
    }

    /** What the places helper's pages set; written straight to the table so this world needs only main's API. */
    private void facts(DataSource dataSource) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            update(c, "UPDATE organizations SET hromada_kind = 'CITY', frontline_since = ? WHERE id = ?", LocalDate.of(2024, 1, 1), city);
            update(c, "UPDATE organizations SET hromada_kind = 'RURAL' WHERE id = ?", rural);
            update(c, "UPDATE organizations SET hromada_kind = 'RURAL' WHERE id = ?", small);
            update(c, "UPDATE organizations SET institution_kind = 'social_services_centre' WHERE id = ?", centre);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private void learner(UUID organization, UUID cohort, boolean p1, boolean p2, boolean q1, boolean q2) {
        String token = enrol(organization, cohort);
        take(token, preTest, "Вхідне", p1, p2);
        take(token, postTest, "Вихідне", q1, q2);
    }

    private String enrol(UUID organization, UUID cohort) {
        String name = Api.unique("Слухачка Приросту");
        names.add(name);
        Map<String, Object> user = api.createUser(admin, name, organization, "LEARNER");
        check(api.post(trainer, "/api/courses/" + course + "/enrollments", Map.of("userIds", List.of(Api.id(user).toString()),
                "cohortId", cohort.toString())));
        return api.login((String) user.get("email"), Api.PASSWORD);
    }

    /** Answers the first statement (true) rightly when {@code first}, the second (false) rightly when {@code second}. */
    @SuppressWarnings("unchecked")
    private void take(String token, UUID quiz, String prefix, boolean first, boolean second) {
        Map<String, Object> attempt = check(api.post(token, "/api/lessons/" + quiz + "/attempts", Map.of()));
        long seq = 1;
        for (Map<String, Object> q : (List<Map<String, Object>>) attempt.get("questions")) {
            boolean isFirst = q.get("text").toString().contains(prefix + " перше");
            boolean answer = isFirst ? first : !second;
            check(api.put(token, "/api/attempts/" + Api.id(attempt) + "/answers/" + q.get("id"),
                    Map.of("response", Map.of("value", answer), "seq", seq++)));
        }
        check(api.post(token, "/api/attempts/" + Api.id(attempt) + "/submit", Map.of()));
    }

    static Map<String, Object> check(HttpResponse<Map<String, Object>> response) {
        if (response.code() >= 300) {
            throw new AssertionError("API refused: " + response.code() + " " + Api.body(response));
        }
        return response.body() == null ? Map.of() : response.body();
    }

    /** The API's answer as the caller sees it. */
    Map<String, Object> gain(String token, String query) {
        return api.http().retrieve(Api.authorised(HttpRequest.GET("/api/analytics/gain" + query), token),
                Argument.mapOf(String.class, Object.class));
    }
}
