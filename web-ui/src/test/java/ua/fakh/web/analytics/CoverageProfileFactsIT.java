package ua.fakh.web.analytics;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ua.fakh.core.testing.Api;
import ua.fakh.web.testing.PageTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.fakh.web.analytics.Reports.row;
import static ua.fakh.web.analytics.Reports.rows;

/** With profile facts switched on, people trained by years of experience and by position; rare positions are not named. */
@MicronautTest(transactional = false)
@Property(name = "fakh.profile-facts.enabled", value = "true")
class CoverageProfileFactsIT extends PageTest {
    @Inject
    DataSource dataSource;

    @Test
    void countsExperienceBandsAndNamesOnlyPositionsOfFiveOrMore() {
        String admin = api.adminToken();
        UUID oblast = Api.id(api.createOrganization(admin, Api.unique("Область"), "OBLAST", null));
        UUID hromada = Api.id(api.createOrganization(admin, Api.unique("Громада"), "HROMADA", oblast));
        UUID provider = Api.id(api.createOrganization(admin, Api.unique("Провайдер"), "PROVIDER", null));
        String trainer = api.login((String) api.createUser(admin, "Тренерка", provider, "TRAINER").get("email"), Api.PASSWORD);
        UUID course = Api.id(api.post(trainer, "/api/courses", Map.of("title", Api.unique("Курс"), "summary", "Курс", "hours", 8,
                "outcomes", List.of("Знає"), "language", "uk", "providerId", provider.toString())).body());
        // position, years of experience: 6 social workers (one typed in lower case), 3 specialists, 1 psychologist, 2 silent
        Object[][] people = {{"Соціальний працівник", 0}, {"Соціальний працівник", 1}, {"соціальний  працівник", 2},
                {"Соціальний працівник", 3}, {"Соціальний працівник", 4}, {"Соціальний працівник", 12},
                {"Фахівець із соціальної роботи", 5}, {"Фахівець із соціальної роботи", 2}, {"Фахівець із соціальної роботи", 15},
                {"Психолог", 25}, {null, null}, {null, 3}};
        for (Object[] person : people) {
            UUID user = Api.id(api.createUser(admin, "Особа", hromada, "LEARNER"));
            sql("UPDATE users SET job_position = ?, years_experience = ? WHERE id = ?", person[0], person[1], user);
            OffsetDateTime at = OffsetDateTime.of(2026, 5, 5, 9, 0, 0, 0, ZoneOffset.UTC);
            sql("INSERT INTO enrollments (id, course_id, user_id, status, enrolled_at, completed_at) VALUES (?, ?, ?, 'COMPLETED', ?, ?)",
                    UUID.randomUUID(), course, user, at, at);
        }
        String hr = api.login((String) api.createUser(admin, "Кадровичка", oblast, "HR").get("email"), Api.PASSWORD);

        Map<String, Object> report = api.get(hr, "/api/analytics/coverage").body();

        assertThat(rows(report, "coverage-positions")).containsExactly(row("Соціальний працівник", 6),
                row("Інші посади (кожну обіймає менше 5 осіб)", "<5"), row("Не вказано", "<5"));
        // bands 0-2: 4 people, 3-5: 4, 6-10: 0, 11-20: 2, 21+: 1, not given: 1 — every non-zero band is small
        assertThat(rows(report, "coverage-experience")).containsExactly(row("до 3 років", "<5"), row("від 3 до 5 років", "<5"),
                row("від 6 до 10 років", 0), row("від 11 до 20 років", "<5"), row("21 рік і більше", "<5"), row("Не вказано", "<5"));
        assertThat(Reports.keyNumbers(report)).first().isEqualTo("trained=12");
    }

    private void sql(String statement, Object... parameters) {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
