package ua.fakh.courses.analytics.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.common.SearchText;
import ua.fakh.courses.analytics.AnalyticsFilter;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The one aggregate behind the coverage report: per person and calendar year (Kyiv time) the
 * completions that pass the filter, with the hours and ECTS credits of those courses. The database
 * groups; the report never reads single enrolments.
 */
@Singleton
class CompletionQuery {

    private final Sql sql;

    CompletionQuery(Sql sql) {
        this.sql = sql;
    }

    /** Runs inside the caller's read-only transaction. */
    List<PersonYear> personYears(String subtreePattern, AnalyticsFilter filter) {
        List<Integer> years = years(filter);
        if (years.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder year = new StringBuilder(years.size() == 1 ? "" : "CASE");
        for (int y : years.subList(0, years.size() - 1)) {
            year.append(" WHEN e.completed_at < ? THEN ").append(y);
            parameters.add(KyivTime.startOf(LocalDate.of(y + 1, 1, 1)));
        }
        int last = years.get(years.size() - 1);
        year.append(years.size() == 1 ? String.valueOf(last) : " ELSE " + last + " END");
        StringBuilder where = new StringBuilder("e.completed_at IS NOT NULL AND o.path LIKE ?");
        parameters.add(subtreePattern);
        FilterConditions.append(filter, where, parameters);
        List<PersonYear> rows = sql.list("""
                SELECT user_id, organization_id, job_position, years_experience, y, COUNT(*), SUM(hours), SUM(ects_credits),
                       MAX(completed_at)
                FROM (SELECT e.user_id, u.organization_id, u.job_position, u.years_experience, %s AS y, c.hours,
                             c.ects_credits, e.completed_at
                      FROM enrollments e JOIN users u ON u.id = e.user_id
                      JOIN organizations o ON o.id = u.organization_id JOIN courses c ON c.id = e.course_id
                      WHERE %s) t
                GROUP BY user_id, organization_id, job_position, years_experience, y""".formatted(year, where),
                parameters, row -> new PersonYear(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), Sql.integerOrNull(row, 4), row.getInt(5), row.getInt(6),
                        decimal(row.getBigDecimal(7)), decimal(row.getBigDecimal(8)),
                        row.getObject(9, OffsetDateTime.class).toInstant()));
        return rows;
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

    private static BigDecimal decimal(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static String tagPattern(String tag) {
        String folded = SearchText.fold(tag).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%|" + folded + "|%";
    }
}
