package ua.fakh.web.analytics;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.PageTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coverage rollup (PostgreSQL's {@code analytics_person_years}, kept by trigger) stays what the plain
 * sum of the enrolments gives after each kind of change: completions through the API, a course's hours
 * edited, people moved to another hromada, a completion rewritten by a script. The report's numbers are
 * checked through the API on either database; on PostgreSQL the rollup is also compared row by row with the
 * plain sum. (H2 has no rollup: its reports always sum the enrolments.)
 */
@MicronautTest(transactional = false)
class PersonYearRollupIT extends PageTest {
    private static final String PLAIN = """
            SELECT e.user_id, CAST(EXTRACT(YEAR FROM e.completed_at AT TIME ZONE 'Europe/Kyiv') AS INTEGER), COUNT(*),
                   COALESCE(CAST(SUM(c.hours) * 10 AS BIGINT), 0), COALESCE(CAST(SUM(c.ects_credits) * 100 AS BIGINT), 0),
                   MAX(e.completed_at)
            FROM enrollments e JOIN courses c ON c.id = e.course_id WHERE e.completed_at IS NOT NULL
            GROUP BY e.user_id, CAST(EXTRACT(YEAR FROM e.completed_at AT TIME ZONE 'Europe/Kyiv') AS INTEGER)
            ORDER BY 1, 2""";
    private static final String ROLLUP = """
            SELECT user_id, year_kyiv, completions, hours_tenths, ects_hundredths, last_completed_at
            FROM analytics_person_years ORDER BY 1, 2""";

    private DataSource dataSource;

    @Inject
    void dataSource(DataSource contextual) {
        dataSource = DelegatingDataSource.unwrapDataSource(contextual); // plain connections, outside any transaction
    }

    @Test
    void rollupFollowsCompletionsHoursMovesAndScripts() throws SQLException {
        String admin = api.adminToken();
        UUID provider = newProvider();
        String trainer = api.login((String) api.createUser(admin, "Оксана Тренерка", provider, "TRAINER").get("email"), Api.PASSWORD);
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Житомирська область"), "OBLAST", null));
        UUID east = hromada(admin, oblast, "Східна");
        UUID west = hromada(admin, oblast, "Західна");
        String hrEast = api.login((String) api.createUser(admin, "Кадровичка Східної", east, "HR").get("email"), Api.PASSWORD);
        String hrWest = api.login((String) api.createUser(admin, "Кадровичка Західної", west, "HR").get("email"), Api.PASSWORD);
        Map<String, Object> course = new HashMap<>(Map.of("title", Api.unique("Ведення випадку"), "summary", "Опис",
                "hours", 8, "outcomes", List.of("Веде випадок"), "language", "uk", "providerId", provider.toString(),
                "enrollmentPolicy", "OPEN"));
        UUID courseId = Api.id(ok(api.post(trainer, "/api/courses", course)));
        UUID section = Api.id(ok(api.post(trainer, "/api/courses/" + courseId + "/sections", Map.of("title", "Розділ"))));
        UUID lesson = Api.id(ok(api.post(trainer, "/api/sections/" + section + "/lessons", Map.of("title", "Текст",
                "type", "content_markdown", "content", Map.of("markdown", "Зміст")))));
        ok(api.post(trainer, "/api/courses/" + courseId + "/publish", Map.of()));

        List<UUID> people = new ArrayList<>();
        List<UUID> enrollments = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> user = api.createUser(admin, "Слухачка " + i, east, "LEARNER");
            String learner = api.login((String) user.get("email"), Api.PASSWORD);
            UUID enrollment = Api.id(ok(api.post(learner, "/api/courses/" + courseId + "/enrollments", Map.of())));
            api.get(learner, "/api/lessons/" + lesson);
            assertThat(ok(api.post(learner, "/api/enrollments/" + enrollment + "/lessons/" + lesson + "/complete", Map.of())))
                    .containsEntry("status", "COMPLETED");
            people.add(Api.id(user));
            enrollments.add(enrollment);
        }
        assertThat(keyNumbers(hrEast, "")).contains("trained=6", "hours=48.0");
        assertThat(keyNumbers(hrWest, "")).contains("trained=0");
        assertRollupIsThePlainSum();

        course.put("hours", 10);
        ok(api.put(trainer, "/api/courses/" + courseId, course));
        assertThat(keyNumbers(hrEast, "")).contains("trained=6", "hours=60.0");
        assertRollupIsThePlainSum();

        for (UUID person : people) {
            ok(api.put(admin, "/api/users/" + person, Map.of("organizationId", west.toString())));
        }
        assertThat(keyNumbers(hrEast, "")).contains("trained=0");
        assertThat(keyNumbers(hrWest, "")).contains("trained=6", "hours=60.0");
        assertRollupIsThePlainSum();

        // a script moves one completion to the year before: the year's report counts five, the whole span six
        update("UPDATE enrollments SET completed_at = completed_at - INTERVAL '400' DAY WHERE id = ?", enrollments.get(0));
        int year = KyivTime.day(java.time.Instant.now()).getYear();
        String thisYear = "?from=" + year + "-01-01&to=" + year + "-12-31";
        assertThat(keyNumbers(hrWest, thisYear)).contains("trained=5", "hours=50.0");
        assertThat(keyNumbers(hrWest, "")).contains("trained=6", "hours=60.0");
        assertRollupIsThePlainSum();
        // a provider filter sums the enrolments (on PostgreSQL the unfiltered report reads the rollup's grouped
        // people): the same people here, so every table and figure must agree
        Map<String, Object> whole = ok(api.get(hrWest, "/api/analytics/coverage"));
        Map<String, Object> summed = ok(api.get(hrWest, "/api/analytics/coverage?provider=" + provider));
        assertThat(summed.get("keyNumbers")).isEqualTo(whole.get("keyNumbers"));
        assertThat(summed.get("tables")).isEqualTo(whole.get("tables"));
    }

    private UUID hromada(String admin, UUID oblast, String name) {
        return Api.id(ok(api.post(admin, "/api/organizations", Map.of("name", Api.unique(name + " громада"), "kind", "HROMADA",
                "parentId", oblast.toString()))));
    }

    private List<String> keyNumbers(String token, String query) {
        return Reports.keyNumbers(ok(api.get(token, "/api/analytics/coverage" + query)));
    }

    private static Map<String, Object> ok(HttpResponse<Map<String, Object>> response) {
        assertThat(response.code()).as("%s", Api.body(response)).isBetween(200, 299);
        return response.body();
    }

    private void assertRollupIsThePlainSum() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
                return; // H2: no rollup to compare; the key numbers above are the plain sum
            }
            assertThat(rows(connection, ROLLUP)).isNotEmpty().isEqualTo(rows(connection, PLAIN));
        }
    }

    private static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= 6; i++) {
                    // numbers as longs: COUNT(*) is a bigint where the rollup's column is an integer
                    values.add(i == 6 ? row.getObject(i, java.time.OffsetDateTime.class).toInstant()
                            : i == 1 ? row.getObject(i) : (Object) row.getLong(i));
                }
                rows.add(values);
            }
        }
        return rows;
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
