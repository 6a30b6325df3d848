package ua.fakh.core.users.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.CallerDirectory;
import ua.fakh.core.users.UserStatus;

import java.util.Optional;
import java.util.UUID;

@Singleton
class DatabaseCallerDirectory implements CallerDirectory {
    private final UserRepository users;
    private final UserRoles roles;

    DatabaseCallerDirectory(UserRepository users, UserRoles roles) {
        this.users = users;
        this.roles = roles;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Caller> describe(UUID userId, String address) {
        return users.findById(userId)
                .filter(row -> row.status() == UserStatus.ACTIVE)
                .map(row -> new Caller(row.id(), row.email(), roles.of(row.id()), row.organizationId(), address));
    }
}
