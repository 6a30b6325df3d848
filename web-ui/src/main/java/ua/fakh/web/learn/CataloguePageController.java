package ua.fakh.web.learn;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.common.PageView;
import ua.fakh.core.common.Paging;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.courses.content.CatalogueQuery;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.courses.content.CourseSummary;
import ua.fakh.courses.enrollment.EnrollmentStatus;
import ua.fakh.courses.enrollment.Enrollments;
import ua.fakh.web.page.FormIds;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/** {@code /courses}: the published catalogue, searched by words in either language and filtered by provider, language and tag. */
@Hidden
@Controller("/courses")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CataloguePageController {
    static final int PAGE_SIZE = 10;

    private final CourseCatalog courses;
    private final Enrollments enrollments;
    private final Organizations organizations;

    CataloguePageController(CourseCatalog courses, Enrollments enrollments, Organizations organizations) {
        this.courses = courses;
        this.enrollments = enrollments;
        this.organizations = organizations;
    }

    @Get
    HttpResponse<?> catalogue(PageContext ctx, Caller caller, @Nullable @QueryValue String q, @Nullable @QueryValue String provider,
                              @Nullable @QueryValue String language, @Nullable @QueryValue String tag,
                              @Nullable @QueryValue Integer page) {
        // a page forgives what a person may have edited in the address: an unknown language is no filter,
        // an overlong search keeps its first words
        String text = blankToNull(q);
        CatalogueFilter filter = new CatalogueFilter(text == null || text.length() <= CatalogueQuery.MAX_TEXT ? text
                : text.substring(0, CatalogueQuery.MAX_TEXT), FormIds.orNull(provider),
                language != null && CatalogueQuery.LANGUAGES.contains(language) ? language : null, blankToNull(tag));
        PageView<CourseSummary> results = courses.catalogue(
                new CatalogueQuery(filter.q(), filter.provider(), filter.language(), filter.tag(), ctx.lang()),
                Paging.pageOrFirst(page), PAGE_SIZE);
        Map<UUID, String> providerNames = new HashMap<>();
        CatalogueModel.Options options = options(ctx, filter, providerNames);
        for (CourseSummary course : results.content()) {
            providerNames.computeIfAbsent(course.providerId(), id -> providerName(ctx, course));
        }
        return HttpResponse.ok(Views.view("learn/catalogue", ctx,
                new CatalogueModel(filter, results, options, providerNames, standing(results, caller))));
    }

    /** The reader's enrolments among the courses shown (a withdrawn one shows nothing: they may enrol again). */
    private Map<UUID, EnrollmentStatus> standing(PageView<CourseSummary> results, Caller caller) {
        Map<UUID, EnrollmentStatus> standing = new HashMap<>();
        if (caller.userId() != null) {
            for (CourseSummary course : results.content()) {
                enrollments.find(course.id(), caller.userId()).map(e -> e.status())
                        .filter(status -> status != EnrollmentStatus.WITHDRAWN)
                        .ifPresent(status -> standing.put(course.id(), status));
            }
        }
        return standing;
    }

    /**
     * The choices of the filters, read from the catalogue itself (its first {@link Paging#MAX_SIZE}
     * courses): there is no list of "providers with published courses" elsewhere, and an option that
     * finds nothing would only disappoint. Providers are named and sorted in the page's language.
     */
    private CatalogueModel.Options options(PageContext ctx, CatalogueFilter filter, Map<UUID, String> providerNames) {
        TreeSet<String> tags = new TreeSet<>(Collator.getInstance(ctx.locale()));
        for (CourseSummary course : courses.catalogue(new CatalogueQuery(null, null, null, null, ctx.lang()), 0, Paging.MAX_SIZE).content()) {
            providerNames.computeIfAbsent(course.providerId(), id -> providerName(ctx, course));
            tags.addAll(course.tags());
        }
        if (filter.tag() != null) {
            tags.add(filter.tag());
        }
        Collator collator = Collator.getInstance(ctx.locale());
        List<Map.Entry<UUID, String>> byName = new ArrayList<>(providerNames.entrySet());
        byName.sort(Map.Entry.comparingByValue(collator));
        Map<UUID, String> providers = new LinkedHashMap<>();
        byName.forEach(e -> providers.put(e.getKey(), e.getValue()));
        return new CatalogueModel.Options(providers, List.copyOf(tags));
    }

    private String providerName(PageContext ctx, CourseSummary course) {
        return organizations.find(course.providerId()).map(ctx::name).orElse(course.providerName());
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
