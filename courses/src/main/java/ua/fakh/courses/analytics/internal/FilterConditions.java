package ua.fakh.courses.analytics.internal;

import ua.fakh.core.common.KyivTime;
import ua.fakh.courses.analytics.AnalyticsFilter;

import java.util.List;

/**
 * The filter as SQL conditions on {@code e} (enrollments) and {@code c} (courses): only the parts
 * given are added, so the database sees no "or the parameter is null" it would have to plan around.
 */
final class FilterConditions {
    private FilterConditions() {
    }

    static void append(AnalyticsFilter filter, StringBuilder where, List<Object> parameters) {
        if (filter.from() != null) {
            where.append(" AND e.completed_at >= ?");
            parameters.add(KyivTime.startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND e.completed_at < ?");
            parameters.add(KyivTime.startOf(filter.to().plusDays(1)));
        }
        if (filter.providerId() != null) {
            where.append(" AND c.provider_id = ?");
            parameters.add(filter.providerId());
        }
        if (filter.courseId() != null) {
            where.append(" AND e.course_id = ?");
            parameters.add(filter.courseId());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            where.append(" AND c.catalog_tags LIKE ?");
            parameters.add(CompletionQuery.tagPattern(filter.tag()));
        }
        if (filter.cohortId() != null) {
            where.append(" AND e.cohort_id = ?");
            parameters.add(filter.cohortId());
        }
    }
}
