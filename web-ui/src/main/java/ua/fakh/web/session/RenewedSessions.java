package ua.fakh.web.session;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import ua.fakh.core.auth.SessionCookie;
import ua.fakh.core.auth.Sessions;
import ua.fakh.core.security.Caller;

/** A new session cookie for this browser after its user ended all their sessions (a password change keeps this one). */
@Singleton
public class RenewedSessions {
    private final Sessions sessions;
    private final TokenGenerator tokens;

    RenewedSessions(Sessions sessions, TokenGenerator tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    public Cookie cookieFor(Caller caller, HttpRequest<?> request) {
        String jwt = tokens.generateToken(sessions.renewed(caller), SessionCookie.LIFETIME_SECONDS)
                .orElseThrow(() -> new IllegalStateException("No token generator is configured"));
        return SessionCookies.issued(jwt, request);
    }
}
