package ua.fakh.core.users.internal;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.CallerDirectory;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.UserAccessRevoked;
import ua.fakh.core.users.UserStatus;

import java.sql.ResultSet;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Callers as the database knows them now, and the end of sessions: whenever a user's access is
 * revoked (signed out, password changed or reset, disabled, roles changed) the session version goes
 * up, in the transaction that made the change, so every token issued before stops working.
 */
@Singleton
class DatabaseCallerDirectory implements CallerDirectory, ApplicationEventListener<UserAccessRevoked> {
    /** The user and their roles, one row per role (one with no role when there is none). */
    private static final String CALLER = """
            SELECT u.email, u.organization_id, u.status, u.session_version, r.role
            FROM users u LEFT JOIN user_roles r ON r.user_id = u.id WHERE u.id = ?""";

    private final CallerRowRepository callers;
    private final JdbcOperations jdbc;

    DatabaseCallerDirectory(CallerRowRepository callers, JdbcOperations jdbc) {
        this.callers = callers;
        this.jdbc = jdbc;
    }

    /**
     * One statement in auto-commit, so the user and their roles come from one snapshot and the check costs
     * one round trip on every authenticated request (it was two reads in a transaction: three round trips,
     * perf/README.md, "Session 12"). Read by hand, as the public check is: Micronaut Data built a runtime
     * entity for a projection on every call there.
     */
    @Override
    @Connectable
    public Optional<Caller> describe(UUID userId, long sessionVersion, String address) {
        return jdbc.prepareStatement(CALLER, statement -> {
            statement.setObject(1, userId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next() || !UserStatus.ACTIVE.name().equals(row.getString(3)) || row.getLong(4) != sessionVersion) {
                    return Optional.empty();
                }
                String email = row.getString(1);
                UUID organizationId = row.getObject(2, UUID.class);
                Set<Role> roles = EnumSet.noneOf(Role.class);
                do {
                    String role = row.getString(5);
                    if (role != null) {
                        roles.add(Role.valueOf(role));
                    }
                } while (row.next());
                return Optional.of(new Caller(userId, email, roles, organizationId, address));
            }
        });
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
