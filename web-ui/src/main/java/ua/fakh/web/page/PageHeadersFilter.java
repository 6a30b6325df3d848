package ua.fakh.web.page;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;

/**
 * Headers every page gets: never cached (pages show personal data and one-time passwords, and
 * devices are shared), never framed by another site (the forms act on the signed-in person's
 * behalf), no MIME sniffing, and no full address sent to other sites.
 */
@ServerFilter(patternStyle = FilterPatternStyle.REGEX, value = PagePaths.PAGE_REGEX)
final class PageHeadersFilter {

    @ResponseFilter
    void addHeaders(MutableHttpResponse<?> response) {
        if (!response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        response.header("X-Frame-Options", "DENY");
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
    }
}
