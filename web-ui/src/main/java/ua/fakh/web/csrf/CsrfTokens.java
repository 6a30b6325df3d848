package ua.fakh.web.csrf;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import ua.fakh.web.page.RequestFacts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Double-submit CSRF tokens: a random value in the {@code fakh_csrf} cookie, repeated by every form
 * in the hidden field {@code _csrf}. Another site can make a browser send the cookie but cannot read
 * it, so it cannot fill in the field.
 */
@Singleton
public class CsrfTokens {
    public static final String COOKIE = "fakh_csrf";
    public static final String FIELD = "_csrf";
    /** The same token, sent by a page's script as a header (it reads it from the page, never from the cookie). */
    public static final String HEADER = "X-CSRF-Token";
    /** Set on a request that came without a usable cookie: the response must carry the new one. */
    static final String NEW_TOKEN = "fakh.csrf.new";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The token forms on this page must carry, minted (and remembered for the response) when the browser has none. */
    public String tokenFor(HttpRequest<?> request) {
        Optional<String> existing = fromCookie(request);
        if (existing.isPresent()) {
            return existing.get();
        }
        Optional<String> minted = request.getAttribute(NEW_TOKEN, String.class);
        if (minted.isPresent()) {
            return minted.get();
        }
        String token = newToken();
        request.setAttribute(NEW_TOKEN, token);
        return token;
    }

    /** The cookie to set when this request minted a token. */
    public Optional<Cookie> cookieToSet(HttpRequest<?> request) {
        return request.getAttribute(NEW_TOKEN, String.class).map(token -> Cookie.of(COOKIE, token)
                .path("/").httpOnly(true).sameSite(SameSite.Lax).secure(RequestFacts.isHttps(request)));
    }

    Optional<String> fromCookie(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(CsrfTokens::wellFormed);
    }

    /** Constant time, so the comparison does not tell an attacker how many characters were right. */
    static boolean same(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
