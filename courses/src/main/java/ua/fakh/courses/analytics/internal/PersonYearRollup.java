package ua.fakh.courses.analytics.internal;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.organizations.Place;
import ua.fakh.courses.analytics.AnalyticsFilter;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The coverage aggregate read from {@code analytics_person_years}, the rollup PostgreSQL keeps by trigger
 * (migration {@code V2026_12_10_1450}): the same people {@link CompletionQuery} sums from the enrolments,
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

    /**
     * The trained people of the years {@code first}..{@code last}, those with the same facts as one
     * {@link Trainee} with their number: PostgreSQL joins each person's years into one text and groups by it,
     * so a report reads as many rows as there are distinct facts, not one per person. People of
     * organisations {@code places} does not know are left out, as {@link Trainee#of} leaves them.
     */
    List<Trainee> trainees(AnalyticsScope scope, int first, int last, boolean profileFacts, Map<UUID, Place> places) {
        // the years are written into the text, not bound: after five runs the driver prepares a bound statement on the
        // server, and PostgreSQL's generic plan for it took 44 ms where the planned-for-the-values one takes 26 ms
        String years = "r.year_kyiv BETWEEN " + first + " AND " + last;
        List<Object> parameters = new ArrayList<>();
        String people = "TRUE";
        if (!scope.wholeInstallation()) {
            people = "u.organization_id IN (SELECT o.id FROM organizations o WHERE o.path LIKE ?)";
            parameters.add(sql.subtreePattern(scope));
        }
        String facts = profileFacts ? "u.job_position, u.years_experience" : "CAST(NULL AS VARCHAR(200)), CAST(NULL AS INTEGER)";
        SinceDays since = SinceDays.of(places.values());
        // people of an organisation no place knows: null, left out below
        Sql.RowReader<Trainee> reader = row -> {
            Place place = places.get(row.getObject(1, UUID.class));
            return place == null ? null : new Trainee(place, row.getString(2), Sql.integerOrNull(row, 3),
                    row.getObject(4, LocalDate.class), volumes(row.getString(5)), row.getInt(6));
        };
        List<Trainee> trainees;
        if (first == last) {
            // one year: one row per person already, grouped as they are (no per-person text to build)
            trainees = sql.list("""
                    SELECT u.organization_id, %1$s, %2$s,
                           r.year_kyiv || ':' || r.completions || ':' || r.hours_tenths || ':' || r.ects_hundredths, COUNT(*)
                    FROM analytics_person_years r JOIN users u ON u.id = r.user_id
                    WHERE %3$s AND %4$s
                    GROUP BY 1, 2, 3, 4, r.year_kyiv, r.completions, r.hours_tenths, r.ects_hundredths"""
                    .formatted(facts, since.sql("CAST(r.last_completed_at AT TIME ZONE 'Europe/Kyiv' AS DATE)"), years, people),
                    parameters, reader);
        } else {
            trainees = sql.list("""
                    SELECT u.organization_id, %s, %s, p.volumes, COUNT(*)
                    FROM (SELECT r.user_id, CAST(MAX(r.last_completed_at) AT TIME ZONE 'Europe/Kyiv' AS DATE) AS last_day,
                                 STRING_AGG(r.year_kyiv || ':' || r.completions || ':' || r.hours_tenths || ':' || r.ects_hundredths,
                                            ' ' ORDER BY r.year_kyiv) AS volumes
                          FROM analytics_person_years r WHERE %s GROUP BY r.user_id) p
                    JOIN users u ON u.id = p.user_id WHERE %s
                    GROUP BY 1, 2, 3, 4, 5""".formatted(facts, since.sql("p.last_day"), years, people), parameters, reader);
        }
        return trainees.stream().filter(Objects::nonNull).toList();
    }

    /** {@code year:completions:tenths of hours:hundredths of credits}, a space between years. */
    private static SortedMap<Integer, Trainee.Volume> volumes(String text) {
        SortedMap<Integer, Trainee.Volume> volumes = new TreeMap<>();
        for (String year : text.split(" ")) {
            String[] part = year.split(":");
            volumes.put(Integer.parseInt(part[0]), new Trainee.Volume(Integer.parseInt(part[1]),
                    BigDecimal.valueOf(Long.parseLong(part[2]), 1), BigDecimal.valueOf(Long.parseLong(part[3]), 2)));
        }
        return volumes;
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
