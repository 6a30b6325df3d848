package ua.fakh.web.errors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ua.fakh.core.errors.ErrorPageRenderer;
import ua.fakh.web.browser.CsrfTokens;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.PageContexts;
import ua.fakh.web.page.PagePaths;
import ua.fakh.web.page.RequestFacts;
import ua.fakh.web.page.TemplateRenderer;
import ua.fakh.web.page.Views;
import ua.fakh.web.browser.SessionCookies;

import java.net.URI;
import java.util.Set;

/**
 * Failures of page requests as pages: no session → the sign-in page (coming back afterwards); every
 * other failure → a short page in the person's language with a way home. Never a stack trace: the
 * detail core hands over is for the API and is not shown.
 */
@Singleton
public class HtmlErrorPages implements ErrorPageRenderer {
    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 409, 413, 429, 503);
    /** Refusals worded for the reader (what to do next), shown under the page's general text. */
    private static final String SAID_TO_THE_READER = "problem.analytics.";

    private static final Logger LOG = LoggerFactory.getLogger(HtmlErrorPages.class);

    private final PageContexts contexts;
    private final TemplateRenderer templates;
    private final CsrfTokens csrf;
    private final SessionCookies sessions;

    HtmlErrorPages(PageContexts contexts, TemplateRenderer templates, CsrfTokens csrf, SessionCookies sessions) {
        this.contexts = contexts;
        this.templates = templates;
        this.csrf = csrf;
        this.sessions = sessions;
    }

    @Override
    public boolean wantsPage(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        if ((method != HttpMethod.GET && method != HttpMethod.POST) || !PagePaths.isPage(request.getPath())) {
            return false;
        }
        boolean acceptsHtml = request.getHeaders().accept().stream().anyMatch(t -> t.matches(MediaType.TEXT_HTML_TYPE));
        boolean isForm = request.getContentType().filter(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).isPresent();
        return acceptsHtml || isForm;
    }

    @Override
    public MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String detail, @Nullable String key) {
        if (status == HttpStatus.FORBIDDEN && key != null && key.startsWith(SAID_TO_THE_READER)) {
            return page(request, status, "error.403", detail);
        }
        return render(request, status, detail);
    }

    @Override
    public MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String detail) {
        LOG.debug("{} {} answered {} with a page: {}", request.getMethod(), request.getPath(), status.getCode(), detail);
        if (status == HttpStatus.UNAUTHORIZED) {
            MutableHttpResponse<?> redirect = HttpResponse.seeOther(URI.create("/signin?next=" + PageContext.encode(cameFrom(request))));
            if (sessions.present(request)) {
                redirect.cookie(sessions.cleared(request)); // expired or revoked: stop sending it
            }
            return redirect;
        }
        int code = status.getCode();
        String key = EXPLAINED.contains(code) ? "error." + code : code >= 500 ? "error.500" : "error.400";
        return page(request, status, key);
    }

    /** A page saying {@code <key>.title} and {@code <key>.text} with this status. */
    public MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String key) {
        return page(request, status, key, null);
    }

    private MutableHttpResponse<?> page(HttpRequest<?> request, HttpStatus status, String key, @Nullable String explanation) {
        PageContext ctx = contexts.of(request);
        String html = templates.render(Views.view("error", ctx, new ErrorModel(status.getCode(), key, explanation)), request);
        MutableHttpResponse<String> response = HttpResponse.<String>status(status).body(html)
                .contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        csrf.cookieToSet(request).ifPresent(response::cookie);
        return response;
    }

    /** Where to come back to after signing in: the page asked for, or for a form post the page the form was on. */
    private static String cameFrom(HttpRequest<?> request) {
        if (request.getMethod() == HttpMethod.GET) {
            return RequestFacts.pathAndQuery(request);
        }
        String referer = request.getHeaders().get(HttpHeaders.REFERER);
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                return PagePaths.localOrHome(path);
            } catch (IllegalArgumentException malformed) {
                return "/";
            }
        }
        return "/";
    }
}
