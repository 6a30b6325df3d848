package ua.fakh.courses.analytics.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.core.common.KyivTime;
import ua.fakh.core.common.SearchText;
import ua.fakh.courses.analytics.AnalyticsFilter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The enrolments a gain report counts: not withdrawn (as on the trainers' pre/post page), of a person in
 * the scope's subtree, passing the filter (a period counts the day of completion in Kyiv), with a graded
 * pre-test and a graded post-test. One query; the filter's parts add conditions, never text from input.
 */
@Singleton
class GainLearners {
    private static final String SELECT = """
            SELECT e.id, e.course_id, c.title, c.title_en, e.cohort_id, h.name, u.organization_id, e.completed_at
            FROM enrollments e
              JOIN users u ON u.id = e.user_id
              JOIN organizations o ON o.id = u.organization_id
              JOIN courses c ON c.id = e.course_id
              LEFT JOIN cohorts h ON h.id = e.cohort_id
            WHERE e.status <> 'WITHDRAWN' AND o.path LIKE ?
              AND EXISTS (SELECT 1 FROM attempts a WHERE a.enrollment_id = e.id AND a.role = 'PRE_TEST' AND a.status = 'GRADED')
              AND EXISTS (SELECT 1 FROM attempts a WHERE a.enrollment_id = e.id AND a.role = 'POST_TEST' AND a.status = 'GRADED')
            """;

    private final Sql sql;

    GainLearners(Sql sql) {
        this.sql = sql;
    }

    List<GainLearner> of(AnalyticsScope scope, AnalyticsFilter filter) {
        StringBuilder query = new StringBuilder(SELECT);
        List<Object> parameters = new ArrayList<>(List.of(sql.subtreePattern(scope)));
        condition(query, parameters, "e.course_id = ?", filter.courseId());
        condition(query, parameters, "c.provider_id = ?", filter.providerId());
        condition(query, parameters, "e.cohort_id = ?", filter.cohortId());
        condition(query, parameters, "c.catalog_tags LIKE ?", filter.tag() == null ? null : tagPattern(filter.tag()));
        condition(query, parameters, "e.completed_at >= ?", filter.from() == null ? null : KyivTime.startOf(filter.from()));
        condition(query, parameters, "e.completed_at < ?", filter.to() == null ? null : KyivTime.startOf(filter.to().plusDays(1)));
        query.append(" ORDER BY c.title, c.id, e.id");
        return sql.list(query.toString(), parameters, GainLearners::learner);
    }

    private static void condition(StringBuilder query, List<Object> parameters, String condition, Object value) {
        if (value != null) {
            query.append(" AND ").append(condition);
            parameters.add(value);
        }
    }

    /** Tags are stored folded between bars ({@code |a|b|}); wildcards a person typed match only themselves. */
    private static String tagPattern(String tag) {
        String folded = SearchText.fold(tag).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%|" + folded + "|%";
    }

    private static GainLearner learner(ResultSet row) throws SQLException {
        OffsetDateTime completed = row.getObject(8, OffsetDateTime.class);
        return new GainLearner(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
                row.getObject(5, UUID.class), row.getString(6), row.getObject(7, UUID.class),
                completed == null ? null : completed.toInstant());
    }
}
