package ua.fakh.core.users.internal;

import jakarta.inject.Singleton;
import ua.fakh.core.common.Ids;
import ua.fakh.core.security.Role;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads and replaces a user's roles (rows of {@code user_roles}). Callers own the transaction. */
@Singleton
class UserRoles {
    private final UserRoleRepository rows;

    UserRoles(UserRoleRepository rows) {
        this.rows = rows;
    }

    Set<Role> of(UUID userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.findByUserId(userId).forEach(r -> roles.add(r.role()));
        return roles;
    }

    Map<UUID, Set<Role>> of(Collection<UUID> userIds) {
        Map<UUID, Set<Role>> byUser = new HashMap<>();
        if (!userIds.isEmpty()) {
            rows.findByUserIdIn(userIds).forEach(r ->
                    byUser.computeIfAbsent(r.userId(), id -> EnumSet.noneOf(Role.class)).add(r.role()));
        }
        return byUser;
    }

    void replace(UUID userId, Set<Role> roles) {
        rows.deleteByUserId(userId);
        rows.saveAll(roles.stream().map(role -> new UserRoleRow(Ids.newId(), userId, role)).toList());
    }
}
