package ua.fakh.web.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import ua.fakh.core.auth.SessionCookie;
import ua.fakh.web.page.RequestFacts;

/**
 * The browser session cookie: the JWT, HttpOnly (scripts never see it), SameSite=Lax (other sites'
 * forms do not carry it), Secure over HTTPS, for the whole site.
 */
public final class SessionCookies {
    public static final String NAME = SessionCookie.NAME;

    private SessionCookies() {
    }

    public static Cookie issued(String jwt, HttpRequest<?> request) {
        return base(jwt, request).maxAge(SessionCookie.LIFETIME_SECONDS);
    }

    public static Cookie cleared(HttpRequest<?> request) {
        return base("", request).maxAge(0);
    }

    private static Cookie base(String value, HttpRequest<?> request) {
        return Cookie.of(NAME, value).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(RequestFacts.isHttps(request));
    }
}
