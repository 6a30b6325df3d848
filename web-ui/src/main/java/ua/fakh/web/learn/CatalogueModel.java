package ua.fakh.web.learn;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;
import ua.fakh.courses.content.CourseSummary;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.web.page.Pager;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The catalogue page: the search, a page of results, the choices of the filters, the providers' names
 * in the page's language, and where the signed-in learner stands in each course shown.
 */
public record CatalogueModel(CatalogueFilter filter, PageView<CourseSummary> results, Options options,
                             Map<UUID, String> providerNames, Map<UUID, EnrollmentStatus> standing) {

    /** Providers in the order the page shows them (by name in the page's language), and the tags. */
    public record Options(Map<UUID, String> providers, List<String> tags) {
    }

    public Pager pager() {
        return Pager.of(results, filter::link);
    }

    public String providerName(CourseSummary course) {
        return providerNames.getOrDefault(course.providerId(), course.providerName());
    }

    /** ACTIVE or COMPLETED when the reader is (or was) enrolled; null otherwise. */
    public @Nullable EnrollmentStatus standing(CourseSummary course) {
        return standing.get(course.id());
    }
}
