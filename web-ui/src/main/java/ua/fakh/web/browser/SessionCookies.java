package ua.fakh.web.browser;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import ua.fakh.core.auth.SessionCookie;

import java.util.Optional;

/**
 * The browser session cookie: the JWT, HttpOnly (scripts never see it), SameSite=Lax (other sites'
 * forms do not carry it), for the whole site; over HTTPS Secure and named {@code __Host-fakh_session},
 * so neither a subdomain nor a plain-HTTP page can plant one.
 */
@Singleton
public class SessionCookies {
    /** The name over plain HTTP (a laptop, tests); over HTTPS {@link #SECURE_NAME}. */
    public static final String NAME = SessionCookie.NAME;
    public static final String SECURE_NAME = "__Host-" + NAME;

    private final HttpsRequests https;

    SessionCookies(HttpsRequests https) {
        this.https = https;
    }

    public Cookie issued(String jwt, HttpRequest<?> request) {
        return base(jwt, request).maxAge(SessionCookie.LIFETIME_SECONDS);
    }

    public Cookie cleared(HttpRequest<?> request) {
        return base("", request).maxAge(0);
    }

    /** The session token the browser sent under this request's cookie name; a cookie of the other name is ignored. */
    public Optional<String> value(HttpRequest<?> request) {
        return request.getCookies().findCookie(https.cookieName(NAME, request)).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    public boolean present(HttpRequest<?> request) {
        return request.getCookies().contains(https.cookieName(NAME, request));
    }

    private Cookie base(String value, HttpRequest<?> request) {
        return Cookie.of(https.cookieName(NAME, request), value).path("/").httpOnly(true).sameSite(SameSite.Lax)
                .secure(https.isHttps(request));
    }
}
