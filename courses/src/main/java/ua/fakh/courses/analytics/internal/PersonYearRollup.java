package ua.fakh.courses.analytics.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.courses.analytics.AnalyticsFilter;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The coverage aggregate read from {@code analytics_person_years}, the rollup PostgreSQL keeps by trigger
 * (migration {@code V2026_12_10_1450}): the same rows {@link CompletionQuery} sums from the enrolments,
 * without reading them. It answers a filter of whole calendar years only (a period from 1 January to 31
 * December, or none); a course, provider, tag, cohort or a period of days needs the enrolments themselves.
 * H2, the embedded default for small installations, has no rollup and always sums.
 */
@Singleton
class PersonYearRollup {

    private final Sql sql;
    private final JdbcOperations jdbc;
    private volatile Boolean postgres;

    PersonYearRollup(Sql sql, JdbcOperations jdbc) {
        this.sql = sql;
        this.jdbc = jdbc;
    }

    /** Whether the rollup holds exactly what {@code filter} asks for. Runs inside the caller's transaction. */
    boolean answers(AnalyticsFilter filter) {
        boolean wholeYears = (filter.from() == null || filter.from().getDayOfYear() == 1)
                && (filter.to() == null || filter.to().plusDays(1).getDayOfYear() == 1);
        boolean onlyPeriod = filter.providerId() == null && filter.courseId() == null && filter.cohortId() == null
                && (filter.tag() == null || filter.tag().isBlank());
        return wholeYears && onlyPeriod && postgres();
    }

    /** The rows of {@link CompletionQuery#personYears} for the years {@code first}..{@code last}. */
    List<PersonYear> personYears(AnalyticsScope scope, int first, int last, boolean profileFacts) {
        List<Object> parameters = new ArrayList<>(List.of(first, last));
        String within = "";
        if (!scope.wholeInstallation()) {
            within = " AND u.organization_id IN (SELECT o.id FROM organizations o WHERE o.path LIKE ?)";
            parameters.add(sql.subtreePattern(scope));
        }
        return sql.list("""
                SELECT r.user_id, u.organization_id, %s, r.year_kyiv, r.completions, r.hours_tenths, r.ects_hundredths,
                       CAST(FLOOR(EXTRACT(EPOCH FROM r.last_completed_at)) AS BIGINT)
                FROM analytics_person_years r JOIN users u ON u.id = r.user_id
                WHERE r.year_kyiv BETWEEN ? AND ?%s""".formatted(profileFacts ? "u.job_position, u.years_experience"
                        : "CAST(NULL AS VARCHAR(200)), CAST(NULL AS INTEGER)", within),
                parameters, row -> new PersonYear(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getString(3), Sql.integerOrNull(row, 4), row.getInt(5), row.getInt(6),
                        BigDecimal.valueOf(row.getLong(7), 1), BigDecimal.valueOf(row.getLong(8), 2),
                        Instant.ofEpochSecond(row.getLong(9))));
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            try {
                known = jdbc.getConnection().getMetaData().getURL().startsWith("jdbc:postgresql:");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the database's address", e);
            }
            postgres = known;
        }
        return known;
    }
}
