package ua.fakh.web.page;

import ua.fakh.web.browser.HttpsRequests;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;

/**
 * Headers every page gets: never cached (pages show personal data and one-time passwords, and
 * devices are shared), never framed by another site (the forms act on the signed-in person's
 * behalf), no MIME sniffing, no full address sent to other sites, a Content-Security-Policy
 * ({@link ContentSecurityPolicy}; a page that set its own keeps it) and, over HTTPS, HSTS so the
 * browser never tries plain HTTP again.
 */
@ServerFilter(patternStyle = FilterPatternStyle.REGEX, value = PagePaths.PAGE_REGEX)
final class PageHeadersFilter {
    /** A year: long enough to matter, as the HSTS preload list asks. */
    static final String HSTS = "max-age=31536000";

    private final HttpsRequests https;

    PageHeadersFilter(HttpsRequests https) {
        this.https = https;
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        response.header("X-Frame-Options", "DENY");
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
        boolean html = response.getContentType().map(t -> t.matches(MediaType.TEXT_HTML_TYPE)).orElse(true);
        if (html && !response.getHeaders().contains(ContentSecurityPolicy.HEADER)) {
            response.header(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.standard());
        }
        if (https.isHttps(request)) {
            response.header("Strict-Transport-Security", HSTS);
        }
    }
}
