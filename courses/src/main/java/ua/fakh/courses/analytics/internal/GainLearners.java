package ua.fakh.courses.analytics.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalyticsScope;
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
 * pre-test and a graded post-test. One query, filtered as every territory report is ({@link FilterConditions}).
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
        FilterConditions.append(filter, query, parameters);
        query.append(" ORDER BY c.title, c.id, e.id");
        return sql.list(query.toString(), parameters, GainLearners::learner);
    }

    private static GainLearner learner(ResultSet row) throws SQLException {
        OffsetDateTime completed = row.getObject(8, OffsetDateTime.class);
        return new GainLearner(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
                row.getObject(5, UUID.class), row.getString(6), row.getObject(7, UUID.class),
                completed == null ? null : completed.toInstant());
    }
}
