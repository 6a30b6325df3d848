package ua.fakh.core.auth.internal;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.auth.Logins;
import ua.fakh.core.errors.TooManyRequestsException;
import ua.fakh.core.errors.UnauthorizedException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@Singleton
class PasswordLogins implements Logins {
    private final Users users;
    private final LoginThrottle throttle;
    private final UserAuthentications authentications;
    private final AuditLog audit;

    PasswordLogins(Users users, LoginThrottle throttle, UserAuthentications authentications, AuditLog audit) {
        this.users = users;
        this.throttle = throttle;
        this.authentications = authentications;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(String email, String password, String address) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Caller attempt = Caller.anonymous(key, address);
        try {
            throttle.checkNotLocked(key);
        } catch (TooManyRequestsException locked) {
            audit.record(attempt, "LOGIN_LOCKED", "login", null, Map.of("email", key));
            throw locked;
        }
        Optional<UserView> user = key.isEmpty() || password == null ? Optional.empty() : users.authenticate(key, password);
        if (user.isEmpty()) {
            throttle.recordFailure(key);
            audit.record(attempt, "LOGIN_FAILED", "login", null, Map.of("email", key));
            throw new UnauthorizedException("The e-mail or the password is wrong");
        }
        throttle.recordSuccess(key);
        UserView found = user.get();
        audit.record(new Caller(found.id(), found.email(), found.roles(), found.organizationId(), address),
                "LOGIN_OK", "user", found.id(), Map.of());
        return authentications.of(found);
    }
}
