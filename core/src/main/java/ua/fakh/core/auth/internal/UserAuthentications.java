package ua.fakh.core.auth.internal;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import ua.fakh.core.security.CallerDirectory;
import ua.fakh.core.security.TokenClaims;
import ua.fakh.core.users.UserView;

import java.util.Map;

/**
 * What goes into a token: {@code sub} is the e-mail (Micronaut's "username"), plus roles, user id,
 * locale and the user's current session version (checked on every request).
 */
@Singleton
class UserAuthentications {
    private final CallerDirectory callers;

    UserAuthentications(CallerDirectory callers) {
        this.callers = callers;
    }

    Authentication of(UserView user) {
        return Authentication.build(user.email(), user.roles().stream().map(Enum::name).toList(),
                Map.of(TokenClaims.USER_ID, user.id().toString(), TokenClaims.LOCALE, user.locale(),
                        TokenClaims.SESSION_VERSION, callers.sessionVersion(user.id())));
    }
}
