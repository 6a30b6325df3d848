package ua.fakh.web.browser;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import ua.fakh.core.secrets.InstallationSecrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * CSRF tokens bound to the session: a token is the HMAC, under a secret of the installation, of
 * the browser's pre-session id (a random value in the {@code fakh_csrf} cookie, which anonymous forms
 * such as sign-in and the certificate check need) and of the session cookie. Every form repeats it in
 * the hidden field {@code _csrf}. Another site can make a browser send the cookies but can neither
 * read the page nor compute the HMAC; a token taken from one session is worthless in another; and it
 * changes at sign-in and sign-out, when the session cookie changes and the pre-session id is renewed.
 *
 * <p>Hand-written rather than {@code micronaut-security-csrf}: that module (4.11+) is not on the
 * Maven registry this project builds from (4.15.1, the BOM's version, and 4.15.0 are both absent), and
 * its token repositories bind to an HTTP session, which Fakh does not have (sessions are JWT cookies).
 */
@Singleton
public class CsrfTokens {
    /** The pre-session cookie's name over plain HTTP; over HTTPS {@code __Host-fakh_csrf}. */
    public static final String COOKIE = "fakh_csrf";
    public static final String FIELD = "_csrf";
    /** The same token, sent by a page's script as a header (it reads it from the page, never from the cookie). */
    public static final String HEADER = "X-CSRF-Token";
    /** Set on a request that came without a usable pre-session cookie: the response must carry the new one. */
    static final String NEW_BROWSER_ID = "fakh.csrf.new";
    private static final String SECRET_NAME = "csrf-hmac";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InstallationSecrets secrets;
    private final HttpsRequests https;
    private final SessionCookies sessions;
    private volatile SecretKeySpec key;

    CsrfTokens(InstallationSecrets secrets, HttpsRequests https, SessionCookies sessions) {
        this.secrets = secrets;
        this.https = https;
        this.sessions = sessions;
    }

    /** Loads the key at start-up, so no page (an error page rendered on an event-loop thread) waits for the database. */
    @EventListener
    void loadKey(StartupEvent started) {
        key();
    }

    /** The token forms on this page must carry; mints the browser's pre-session id (set by the response) when it has none. */
    public String tokenFor(HttpRequest<?> request) {
        String browserId = browserId(request).or(() -> request.getAttribute(NEW_BROWSER_ID, String.class)).orElseGet(() -> {
            String minted = randomId();
            request.setAttribute(NEW_BROWSER_ID, minted);
            return minted;
        });
        return sign(browserId, sessions.value(request).orElse(""));
    }

    /** The pre-session cookie to set when this request minted an id. */
    public Optional<Cookie> cookieToSet(HttpRequest<?> request) {
        return request.getAttribute(NEW_BROWSER_ID, String.class).map(id -> cookie(id, request));
    }

    /** A fresh pre-session cookie: after sign-in or sign-out no token of the previous session works. */
    public Cookie renewed(HttpRequest<?> request) {
        return cookie(randomId(), request);
    }

    /** Whether {@code given} is the token of this browser's session; false when the browser has no pre-session id. */
    public boolean accepts(HttpRequest<?> request, String given) {
        Optional<String> browserId = browserId(request);
        if (browserId.isEmpty() || given == null) {
            return false;
        }
        String expected = sign(browserId.get(), sessions.value(request).orElse(""));
        // constant time, so the comparison does not tell an attacker how many characters were right
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    public boolean hasBrowserId(HttpRequest<?> request) {
        return browserId(request).isPresent();
    }

    String cookieName(HttpRequest<?> request) {
        return https.cookieName(COOKIE, request);
    }

    private Optional<String> browserId(HttpRequest<?> request) {
        return request.getCookies().findCookie(cookieName(request)).map(Cookie::getValue).filter(CsrfTokens::wellFormed);
    }

    private Cookie cookie(String browserId, HttpRequest<?> request) {
        return Cookie.of(cookieName(request), browserId).path("/").httpOnly(true).sameSite(SameSite.Lax)
                .secure(https.isHttps(request));
    }

    private String sign(String browserId, String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            mac.update(browserId.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) 0);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            // kept in the database so every node computes the same tokens
            byte[] bytes = Base64.getDecoder().decode(secrets.getOrCreate(SECRET_NAME,
                    () -> Base64.getEncoder().encodeToString(randomBytes())));
            current = new SecretKeySpec(bytes, "HmacSHA256");
            key = current;
        }
        return current;
    }

    private static boolean wellFormed(String id) {
        return id != null && id.matches("[A-Za-z0-9_-]{43}");
    }

    private static String randomId() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
