package ua.fakh.web.csrf;

import ua.fakh.web.browser.CsrfTokens;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import ua.fakh.web.errors.HtmlErrorPages;
import ua.fakh.web.browser.HttpsRequests;
import ua.fakh.web.page.PagePaths;
import ua.fakh.web.browser.SessionCookies;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every state-changing request to a page must be a form carrying the {@code _csrf} field with this
 * session's token ({@link CsrfTokens}), and must not come with a foreign {@code Origin}; otherwise a 403
 * page. File-upload forms ({@code multipart/form-data}) carry the token in the query string of their
 * action instead, because their body cannot be read here without buffering whole files. A page's
 * own script (the quiz autosave) sends JSON with the token in the {@code X-CSRF-Token} header. Also
 * sets the pre-session cookie on responses that minted one, and renews it whenever a response sets or
 * clears the session cookie (sign-in, sign-out), so the token rotates. The API is not concerned: it
 * takes bearer tokens.
 */
@ServerFilter(patternStyle = FilterPatternStyle.REGEX, value = PagePaths.PAGE_REGEX)
final class CsrfFilter implements Ordered {
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final CsrfTokens tokens;
    private final FilterBodyParser bodies;
    private final HtmlErrorPages errorPages;
    private final HttpsRequests https;
    private final SameOrigin sameOrigin;

    CsrfFilter(CsrfTokens tokens, FilterBodyParser bodies, HtmlErrorPages errorPages, HttpsRequests https,
               SameOrigin sameOrigin) {
        this.tokens = tokens;
        this.bodies = bodies;
        this.errorPages = errorPages;
        this.https = https;
        this.sameOrigin = sameOrigin;
    }

    /**
     * {@code null} lets the request through; otherwise the 403 page. Runs on a blocking thread and
     * waits there for the form body: completing the filter asynchronously, when the body comes after
     * the headers, makes this Micronaut version answer 503 (see SlowFormIT).
     */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        if (!tokens.hasBrowserId(request) || !sameOrigin.allows(request)) {
            return reject(request);
        }
        String header = request.getHeaders().get(CsrfTokens.HEADER);
        if (header != null) {
            return verdict(request, header); // a page's script (quiz autosave); other sites cannot set it
        }
        MediaType type = request.getContentType().orElse(null);
        if (type != null && type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return verdict(request, request.getParameters().get(CsrfTokens.FIELD));
        }
        if (type == null || !type.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return reject(request);
        }
        Map<String, Object> form = bodies.parseBody(request).join();
        return verdict(request, single(form.get(CsrfTokens.FIELD)));
    }

    @ResponseFilter
    void issueToken(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (setsSessionCookie(request, response)) {
            response.cookie(tokens.renewed(request));
        } else {
            tokens.cookieToSet(request).ifPresent(response::cookie);
        }
    }

    private boolean setsSessionCookie(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String prefix = https.cookieName(SessionCookies.NAME, request) + "=";
        return response.getHeaders().getAll(HttpHeaders.SET_COOKIE).stream().anyMatch(c -> c.startsWith(prefix));
    }

    private @Nullable MutableHttpResponse<?> verdict(HttpRequest<?> request, @Nullable String given) {
        return tokens.accepts(request, given) ? null : reject(request);
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
