package ua.fakh.courses.analytics.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.courses.analytics.AnalyticsFilterChoices;
import ua.fakh.courses.analytics.AnalyticsFilterOptions;
import ua.fakh.courses.analytics.AnalyticsFilterOptions.Option;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

@Singleton
class FilterChoicesService implements AnalyticsFilterChoices {

    private final Sql sql;

    FilterChoicesService(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public AnalyticsFilterOptions options(AnalyticsScope scope) {
        String subtree = sql.subtreePattern(scope);
        List<CourseChoice> courses = sql.list("""
                SELECT c.id, c.title, c.title_en, c.provider_id, c.catalog_tags FROM courses c
                WHERE c.id IN (SELECT e.course_id FROM enrollments e JOIN users u ON u.id = e.user_id
                               JOIN organizations o ON o.id = u.organization_id WHERE o.path LIKE ?)
                ORDER BY c.title, c.id""", List.of(subtree), row -> new CourseChoice(
                new Option(row.getObject(1, UUID.class), row.getString(2), row.getString(3)),
                row.getObject(4, UUID.class), row.getString(5)));
        List<Option> providers = sql.list("""
                SELECT DISTINCT p.id, p.name, p.name_en FROM organizations p JOIN courses c ON c.provider_id = p.id
                WHERE c.id IN (SELECT e.course_id FROM enrollments e JOIN users u ON u.id = e.user_id
                               JOIN organizations o ON o.id = u.organization_id WHERE o.path LIKE ?)
                ORDER BY p.name, p.id""", List.of(subtree), FilterChoicesService::option);
        List<Option> cohorts = sql.list("""
                SELECT ch.id, ch.name, c.title FROM cohorts ch JOIN courses c ON c.id = ch.course_id
                WHERE ch.id IN (SELECT e.cohort_id FROM enrollments e JOIN users u ON u.id = e.user_id
                                JOIN organizations o ON o.id = u.organization_id WHERE o.path LIKE ?)
                ORDER BY c.title, ch.name, ch.id""", List.of(subtree),
                row -> new Option(row.getObject(1, UUID.class), row.getString(3) + " · " + row.getString(2), null));
        TreeSet<String> tags = new TreeSet<>();
        courses.forEach(course -> tags.addAll(course.tags()));
        return new AnalyticsFilterOptions(providers, courses.stream().map(CourseChoice::option).toList(), List.copyOf(tags), cohorts);
    }

    private static Option option(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Option(row.getObject(1, UUID.class), row.getString(2), row.getString(3));
    }

    /** A course and its published tags as the catalogue stores them ({@code |tag|other|}, folded). */
    private record CourseChoice(Option option, UUID providerId, String catalogTags) {
        List<String> tags() {
            return catalogTags == null ? List.of() : Arrays.stream(catalogTags.split("\\|")).filter(t -> !t.isBlank()).toList();
        }
    }
}
