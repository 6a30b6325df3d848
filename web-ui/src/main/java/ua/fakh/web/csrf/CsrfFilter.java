package ua.fakh.web.csrf;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import ua.fakh.web.errors.HtmlErrorPages;
import ua.fakh.web.page.PagePaths;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Every state-changing request to a page must be a form carrying the {@code _csrf} field equal to
 * the {@code fakh_csrf} cookie, and must not come with a foreign {@code Origin}; otherwise a 403
 * page. File-upload forms ({@code multipart/form-data}) carry the token in the query string of their
 * action instead, because their body cannot be read here without buffering whole files. Also
 * sets the cookie on responses that minted a token. The API is not concerned: it takes bearer tokens.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CsrfFilter implements Ordered {
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private static final CompletableFuture<@Nullable MutableHttpResponse<?>> PASS = CompletableFuture.completedFuture(null);

    private final CsrfTokens tokens;
    private final FilterBodyParser bodies;
    private final HtmlErrorPages errorPages;

    CsrfFilter(CsrfTokens tokens, FilterBodyParser bodies, HtmlErrorPages errorPages) {
        this.tokens = tokens;
        this.bodies = bodies;
        this.errorPages = errorPages;
    }

    /** Completes with {@code null} to let the request through, or with the 403 page. */
    @RequestFilter
    CompletableFuture<@Nullable MutableHttpResponse<?>> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || !PagePaths.isPage(request.getPath())) {
            return PASS;
        }
        Optional<String> expected = tokens.fromCookie(request);
        if (expected.isEmpty() || !SameOrigin.allows(request)) {
            return CompletableFuture.completedFuture(reject(request));
        }
        MediaType type = request.getContentType().orElse(null);
        if (type != null && type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return CompletableFuture.completedFuture(verdict(request, expected.get(), request.getParameters().get(CsrfTokens.FIELD)));
        }
        if (type == null || !type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return CompletableFuture.completedFuture(reject(request));
        }
        return bodies.parseBody(request).thenApply(form -> verdict(request, expected.get(), single(form.get(CsrfTokens.FIELD))));
    }

    @ResponseFilter
    void issueToken(HttpRequest<?> request, MutableHttpResponse<?> response) {
        tokens.cookieToSet(request).ifPresent(response::cookie);
    }

    private @Nullable MutableHttpResponse<?> verdict(HttpRequest<?> request, String expected, @Nullable String given) {
        return CsrfTokens.same(expected, given) ? null : reject(request);
    }

    private MutableHttpResponse<?> reject(HttpRequest<?> request) {
        return errorPages.page(request, HttpStatus.FORBIDDEN, "error.csrf");
    }

    private static String single(Object value) {
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : String.valueOf(list.get(0));
        }
        return value == null ? null : value.toString();
    }

    @Override
    public int getOrder() {
        // before the security filter, so that its rejections (sign-in redirects, 403 pages) also get the token cookie
        return ServerFilterPhase.SECURITY.before();
    }
}
