package ua.fakh.courses.analytics.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.common.SearchText;
import ua.fakh.core.organizations.Place;
import ua.fakh.courses.analytics.AnalyticsFilter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one aggregate behind the coverage report: per person and calendar year (Kyiv time) the
 * completions that pass the filter, with the hours and ECTS credits of those courses, as {@link Trainee}s
 * (people with the same facts together). The database groups; the report never reads single enrolments.
 */
@Singleton
class CompletionQuery {

    private final Sql sql;
    private final PersonYearRollup rollup;

    CompletionQuery(Sql sql, PersonYearRollup rollup) {
        this.sql = sql;
        this.rollup = rollup;
    }

    /**
     * Runs inside the caller's read-only transaction. Enrolments are summed per person and year first
     * and only then joined to the people: the join then meets thousands of rows, not every completion.
     * A scope narrows the enrolments to its people before they are summed. Whole years on PostgreSQL are
     * read from the rollup instead ({@link PersonYearRollup}): the same rows, already summed.
     */
    List<Trainee> trainees(AnalyticsScope scope, AnalyticsFilter filter, boolean profileFacts, Map<UUID, Place> places) {
        List<Integer> years = years(filter);
        if (years.isEmpty()) {
            return List.of();
        }
        if (rollup.answers(filter)) {
            return rollup.trainees(scope, years.get(0), years.get(years.size() - 1), profileFacts, places);
        }
        return Trainee.of(personYears(scope, filter, profileFacts, years), places);
    }

    private List<PersonYear> personYears(AnalyticsScope scope, AnalyticsFilter filter, boolean profileFacts, List<Integer> years) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder year = new StringBuilder(years.size() == 1 ? "" : "CASE");
        for (int y : years.subList(0, years.size() - 1)) {
            year.append(" WHEN e.completed_at < ? THEN ").append(y);
            parameters.add(KyivTime.startOf(LocalDate.of(y + 1, 1, 1)));
        }
        int last = years.get(years.size() - 1);
        year.append(years.size() == 1 ? String.valueOf(last) : " ELSE " + last + " END");
        StringBuilder where = new StringBuilder("e.completed_at IS NOT NULL");
        if (!scope.wholeInstallation()) {
            where.append(" AND e.user_id IN (SELECT p.id FROM users p JOIN organizations o ON o.id = p.organization_id WHERE o.path LIKE ?)");
            parameters.add(sql.subtreePattern(scope));
        }
        FilterConditions.append(filter, where, parameters);
        // whole numbers travel and parse faster than decimals and times: tenths of hours, hundredths of credits, epoch seconds
        return sql.list("""
                SELECT a.user_id, u.organization_id, %s, a.y, a.n, a.hours, a.ects, a.last
                FROM (SELECT t.user_id, t.y, COUNT(*) AS n, CAST(SUM(t.hours) * 10 AS BIGINT) AS hours,
                             CAST(SUM(t.ects_credits) * 100 AS BIGINT) AS ects,
                             CAST(FLOOR(EXTRACT(EPOCH FROM MAX(t.completed_at))) AS BIGINT) AS last
                      FROM (SELECT e.user_id, %s AS y, c.hours, c.ects_credits, e.completed_at
                            FROM enrollments e JOIN courses c ON c.id = e.course_id WHERE %s) t
                      GROUP BY t.user_id, t.y) a
                JOIN users u ON u.id = a.user_id""".formatted(profileFacts ? "u.job_position, u.years_experience"
                        : "CAST(NULL AS VARCHAR(200)), CAST(NULL AS INTEGER)", year, where),
                parameters, row -> new PersonYear(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), Sql.integerOrNull(row, 4), row.getInt(5), row.getInt(6),
                        BigDecimal.valueOf(row.getLong(7), 1), BigDecimal.valueOf(row.getLong(8), 2),
                        Instant.ofEpochSecond(row.getLong(9))));
    }

    /** The calendar years completions can fall in: the period's, or those between the first and last completion. */
    private List<Integer> years(AnalyticsFilter filter) {
        List<Instant[]> range = sql.list("SELECT MIN(completed_at), MAX(completed_at) FROM enrollments WHERE completed_at IS NOT NULL",
                List.of(), row -> new Instant[]{instant(row.getObject(1, OffsetDateTime.class)), instant(row.getObject(2, OffsetDateTime.class))});
        if (range.isEmpty() || range.get(0)[0] == null) {
            return List.of();
        }
        int first = KyivTime.day(range.get(0)[0]).getYear();
        int last = KyivTime.day(range.get(0)[1]).getYear();
        if (filter.from() != null) {
            first = Math.max(first, filter.from().getYear());
        }
        if (filter.to() != null) {
            last = Math.min(last, filter.to().getYear());
        }
        List<Integer> years = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            years.add(y);
        }
        return years;
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static String tagPattern(String tag) {
        String folded = SearchText.fold(tag).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%|" + folded + "|%";
    }
}
