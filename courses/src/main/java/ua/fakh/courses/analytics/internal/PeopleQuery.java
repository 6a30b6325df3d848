package ua.fakh.courses.analytics.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.analytics.AnalyticsFilter;
import ua.fakh.courses.analytics.TrainedPerson;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The drill-down: the trained people of one subtree, by name, with what they completed in the filter. */
@Singleton
class PeopleQuery {

    private final Sql sql;

    PeopleQuery(Sql sql) {
        this.sql = sql;
    }

    List<TrainedPerson> people(String subtreePattern, AnalyticsFilter filter, boolean english) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("e.completed_at IS NOT NULL AND o.path LIKE ?");
        parameters.add(subtreePattern);
        FilterConditions.append(filter, where, parameters);
        return sql.list("""
                SELECT u.id, u.full_name, u.email, o.id, o.name, o.name_en, COUNT(*), SUM(c.hours), SUM(c.ects_credits),
                       MAX(e.completed_at)
                FROM enrollments e JOIN users u ON u.id = e.user_id
                JOIN organizations o ON o.id = u.organization_id JOIN courses c ON c.id = e.course_id
                WHERE %s
                GROUP BY u.id, u.full_name, u.email, o.id, o.name, o.name_en
                ORDER BY u.full_name, u.id""".formatted(where), parameters, row -> new TrainedPerson(
                row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getObject(4, UUID.class),
                english && row.getString(6) != null ? row.getString(6) : row.getString(5), row.getInt(7),
                decimal(row.getBigDecimal(8)), decimal(row.getBigDecimal(9)),
                KyivTime.day(row.getObject(10, OffsetDateTime.class).toInstant())));
    }

    private static BigDecimal decimal(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
