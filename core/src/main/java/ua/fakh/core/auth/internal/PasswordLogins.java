package ua.fakh.core.auth.internal;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.auth.Logins;
import ua.fakh.core.config.LoginSettings;
import ua.fakh.core.errors.AccountDisabledException;
import ua.fakh.core.errors.TooManyRequestsException;
import ua.fakh.core.errors.UnauthorizedException;
import ua.fakh.core.limits.RateLimit;
import ua.fakh.core.limits.RateLimits;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Two limits before any password is hashed: the address's failures (whatever the e-mails; a
 * success gives its hit back) and the lock of this e-mail for this address.
 */
@Singleton
class PasswordLogins implements Logins {
    private static final int MAX_ADDRESS = 100;

    private final Users users;
    private final LoginThrottle throttle;
    private final RateLimits limits;
    private final RateLimit perAddress;
    private final UserAuthentications authentications;
    private final AuditLog audit;

    PasswordLogins(Users users, LoginThrottle throttle, RateLimits limits, LoginSettings settings,
                   UserAuthentications authentications, AuditLog audit) {
        this.users = users;
        this.throttle = throttle;
        this.limits = limits;
        this.perAddress = new RateLimit("login-address", settings.failuresPerAddress(), settings.addressWindow(),
                "problem.login.tooManyFromAddress");
        this.authentications = authentications;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(String email, String password, String address) {
        String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String from = address == null ? "unknown" : address.length() > MAX_ADDRESS ? address.substring(0, MAX_ADDRESS) : address;
        Caller attempt = Caller.anonymous(key, from);
        limits.take(perAddress, from);
        try {
            throttle.checkNotLocked(key, from);
        } catch (TooManyRequestsException locked) {
            audit.record(attempt, "LOGIN_LOCKED", "login", null, Map.of("email", key));
            throw locked;
        }
        Optional<UserView> user;
        try {
            user = key.isEmpty() || password == null ? Optional.empty() : users.authenticate(key, password);
        } catch (AccountDisabledException disabled) {
            throttle.recordSuccess(key, from); // the password was right: no guessing to slow down
            limits.giveBack(perAddress, from);
            audit.record(attempt, "LOGIN_DISABLED", "login", null, Map.of("email", key));
            throw disabled;
        }
        if (user.isEmpty()) {
            throttle.recordFailure(key, from);
            audit.record(attempt, "LOGIN_FAILED", "login", null, Map.of("email", key));
            throw new UnauthorizedException("problem.login.wrong");
        }
        throttle.recordSuccess(key, from);
        limits.giveBack(perAddress, from);
        UserView found = user.get();
        audit.record(new Caller(found.id(), found.email(), found.roles(), found.organizationId(), from),
                "LOGIN_OK", "user", found.id(), Map.of());
        return authentications.of(found);
    }
}
