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
import ua.fakh.web.page.FormIds;
import ua.fakh.core.common.Paging;
import ua.fakh.core.common.PageView;
import ua.fakh.courses.content.CatalogueQuery;
import ua.fakh.courses.content.CourseSummary;
import ua.fakh.courses.content.CourseCatalog;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

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

    CataloguePageController(CourseCatalog courses) {
        this.courses = courses;
    }

    @Get
    HttpResponse<?> catalogue(PageContext ctx, @Nullable @QueryValue String q, @Nullable @QueryValue String provider,
                              @Nullable @QueryValue String language, @Nullable @QueryValue String tag,
                              @Nullable @QueryValue Integer page) {
        CatalogueFilter filter = new CatalogueFilter(blankToNull(q), FormIds.orNull(provider),
                language != null && List.of("uk", "en").contains(language) ? language : null, blankToNull(tag));
        PageView<CourseSummary> results = courses.catalogue(
                new CatalogueQuery(filter.q(), filter.provider(), filter.language(), filter.tag(), ctx.lang()),
                Paging.pageOrFirst(page), PAGE_SIZE);
        return HttpResponse.ok(Views.view("learn/catalogue", ctx, new CatalogueModel(filter, results, options(filter))));
    }

    /**
     * The choices of the filters, read from the catalogue itself (its first {@link Paging#MAX_SIZE}
     * courses): there is no list of "providers with published courses" elsewhere, and an option that
     * finds nothing would only disappoint.
     */
    private CatalogueModel.Options options(CatalogueFilter filter) {
        Map<UUID, String> providers = new LinkedHashMap<>();
        TreeSet<String> tags = new TreeSet<>();
        for (CourseSummary course : courses.catalogue(new CatalogueQuery(null, null, null, null), 0, Paging.MAX_SIZE).content()) {
            providers.putIfAbsent(course.providerId(), course.providerName());
            tags.addAll(course.tags());
        }
        if (filter.tag() != null) {
            tags.add(filter.tag());
        }
        return new CatalogueModel.Options(providers, List.copyOf(tags));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
