package ua.fakh.web.page;

import ua.fakh.core.common.PageView;

import java.util.function.IntFunction;

/** Where a paged list stands, for the one pager partial ({@code pager.jte}): this page, how many, and each page's link. */
public record Pager(int page, int pages, IntFunction<String> links) {

    /** The pager of a page of results; {@code links} gives the address of a page by its number (from 0). */
    public static Pager of(PageView<?> results, IntFunction<String> links) {
        int pages = (int) Math.max(1, (results.totalSize() + results.size() - 1) / Math.max(1, results.size()));
        return new Pager(results.page(), pages, links);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }

    public String previous() {
        return links.apply(page - 1);
    }

    public String next() {
        return links.apply(page + 1);
    }
}
