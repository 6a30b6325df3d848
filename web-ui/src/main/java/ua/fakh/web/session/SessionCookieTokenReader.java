package ua.fakh.web.session;

import ua.fakh.web.browser.SessionCookies;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import ua.fakh.web.page.PagePaths;

import java.util.Optional;

/**
 * Reads the JWT from the session cookie, for pages only: the API keeps to bearer tokens, so a
 * browser's cookie can never be used to call it from a page of another site.
 */
@Singleton
final class SessionCookieTokenReader implements TokenReader<HttpRequest<?>> {
    private final SessionCookies cookies;

    SessionCookieTokenReader(SessionCookies cookies) {
        this.cookies = cookies;
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (!PagePaths.isPage(request.getPath())) {
            return Optional.empty();
        }
        return cookies.value(request);
    }

    @Override
    public int getOrder() {
        return 100; // after the bearer header reader: an explicit Authorization header wins
    }
}
