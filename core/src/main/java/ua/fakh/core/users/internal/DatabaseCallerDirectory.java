package ua.fakh.core.users.internal;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.CallerDirectory;
import ua.fakh.core.users.UserAccessRevoked;
import ua.fakh.core.users.UserStatus;

import java.util.Optional;
import java.util.UUID;

/**
 * Callers as the database knows them now, and the end of sessions: whenever a user's access is
 * revoked (signed out, password changed or reset, disabled, roles changed) the session version goes
 * up, in the transaction that made the change, so every token issued before stops working.
 */
@Singleton
class DatabaseCallerDirectory implements CallerDirectory, ApplicationEventListener<UserAccessRevoked> {
    private final CallerRowRepository callers;
    private final UserRoles roles;

    DatabaseCallerDirectory(CallerRowRepository callers, UserRoles roles) {
        this.callers = callers;
        this.roles = roles;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Caller> describe(UUID userId, long sessionVersion, String address) {
        return callers.findById(userId)
                .filter(row -> row.status() == UserStatus.ACTIVE && row.sessionVersion() == sessionVersion)
                .map(row -> new Caller(row.id(), row.email(), roles.of(row.id()), row.organizationId(), address));
    }

    @Override
    @Transactional(readOnly = true)
    public long sessionVersion(UUID userId) {
        return callers.findById(userId).map(CallerRow::sessionVersion).orElse(0L);
    }

    @Override
    @Transactional
    public void onApplicationEvent(UserAccessRevoked event) {
        callers.raiseSessionVersion(event.userId());
    }
}
