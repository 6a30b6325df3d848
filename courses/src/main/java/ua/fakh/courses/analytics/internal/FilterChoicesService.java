package ua.fakh.courses.analytics.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.analytics.AnalyticsScope;
import ua.fakh.courses.analytics.AnalyticsFilterChoices;
import ua.fakh.courses.analytics.AnalyticsFilterOptions;
import ua.fakh.courses.analytics.AnalyticsFilterOptions.Option;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The courses and cohorts the scope's people enrolled in, one indexed look-up per course and cohort; the
 * courses, providers and cohorts themselves are few and read whole.
 */
@Singleton
class FilterChoicesService implements AnalyticsFilterChoices {

    private final Sql sql;

    FilterChoicesService(Sql sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public AnalyticsFilterOptions options(AnalyticsScope scope) {
        boolean all = scope.wholeInstallation();
        List<Object> within = all ? List.of() : List.of(sql.subtreePattern(scope));
        Set<UUID> courseIds = new HashSet<>(sql.list("SELECT c.id FROM courses c WHERE " + enrolledIn("c.id", "e.course_id", all),
                within, row -> row.getObject(1, UUID.class)));
        Set<UUID> cohortIds = new HashSet<>(sql.list("SELECT h.id FROM cohorts h WHERE " + enrolledIn("h.id", "e.cohort_id", all),
                within, row -> row.getObject(1, UUID.class)));
        List<CourseChoice> courses = sql.list("SELECT id, title, title_en, provider_id, catalog_tags FROM courses ORDER BY title, id",
                List.of(), row -> new CourseChoice(new Option(row.getObject(1, UUID.class), row.getString(2), row.getString(3)),
                        row.getObject(4, UUID.class), row.getString(5)))
                .stream().filter(course -> courseIds.contains(course.option().id())).toList();
        Set<UUID> providerIds = new HashSet<>(courses.stream().map(CourseChoice::providerId).toList());
        List<Option> providers = sql.list("SELECT id, name, name_en FROM organizations WHERE kind = 'PROVIDER' ORDER BY name, id",
                List.of(), row -> new Option(row.getObject(1, UUID.class), row.getString(2), row.getString(3)))
                .stream().filter(provider -> providerIds.contains(provider.id())).toList();
        List<Option> cohorts = sql.list("""
                SELECT ch.id, ch.name, c.title FROM cohorts ch JOIN courses c ON c.id = ch.course_id
                ORDER BY c.title, ch.name, ch.id""", List.of(),
                row -> new Option(row.getObject(1, UUID.class), row.getString(3) + " · " + row.getString(2), null))
                .stream().filter(cohort -> cohortIds.contains(cohort.id())).toList();
        TreeSet<String> tags = new TreeSet<>();
        courses.forEach(course -> tags.addAll(course.tags()));
        return new AnalyticsFilterOptions(providers, courses.stream().map(CourseChoice::option).toList(), List.copyOf(tags), cohorts);
    }

    /**
     * "Someone of the scope enrolled in it". For the whole installation, one look-up per course (cohort) in the
     * index on that column that stops at the first enrolment (as a plain EXISTS, PostgreSQL would rather join
     * every enrolment); for a subtree, the scope's people's enrolments through the index by person.
     */
    private static String enrolledIn(String id, String column, boolean all) {
        return all ? "(SELECT 1 FROM enrollments e WHERE %s = %s LIMIT 1) IS NOT NULL".formatted(column, id) : """
                EXISTS (SELECT 1 FROM enrollments e JOIN users u ON u.id = e.user_id
                JOIN organizations o ON o.id = u.organization_id WHERE %s = %s AND o.path LIKE ?)""".formatted(column, id);
    }

    /** A course and its published tags as the catalogue stores them ({@code |tag|other|}, folded). */
    private record CourseChoice(Option option, UUID providerId, String catalogTags) {
        List<String> tags() {
            return catalogTags == null ? List.of() : Arrays.stream(catalogTags.split("\\|")).filter(t -> !t.isBlank()).toList();
        }
    }
}
