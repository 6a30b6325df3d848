package ua.fakh.web.learn;

import ua.fakh.core.common.PageView;
import ua.fakh.courses.content.CourseSummary;
import ua.fakh.web.page.Pager;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The catalogue page: the search, a page of results, and the choices of the filters. */
public record CatalogueModel(CatalogueFilter filter, PageView<CourseSummary> results, Options options) {

    public record Options(Map<UUID, String> providers, List<String> tags) {
    }

    public Pager pager() {
        return Pager.of(results, filter::link);
    }
}
