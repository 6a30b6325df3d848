package ua.fakh.core.auth.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.audit.AuditLog;
import ua.fakh.core.auth.Sessions;
import ua.fakh.core.errors.UnauthorizedException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.UserAccessRevoked;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.Users;

import java.util.Map;

@Singleton
class UserSessions implements Sessions {
    private final Users users;
    private final UserAuthentications authentications;
    private final ApplicationEventPublisher<UserAccessRevoked> revocations;
    private final AuditLog audit;

    UserSessions(Users users, UserAuthentications authentications, ApplicationEventPublisher<UserAccessRevoked> revocations,
                 AuditLog audit) {
        this.users = users;
        this.authentications = authentications;
        this.revocations = revocations;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void signOut(Caller caller) {
        revocations.publishEvent(new UserAccessRevoked(caller.userId(), "signed out"));
        audit.record(caller, "USER_SIGNED_OUT", "user", caller.userId(), Map.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Authentication renewed(Caller caller) {
        return users.find(caller.userId())
                .filter(user -> user.status() == UserStatus.ACTIVE)
                .map(authentications::of)
                .orElseThrow(() -> new UnauthorizedException("problem.login.noLongerActive"));
    }
}
