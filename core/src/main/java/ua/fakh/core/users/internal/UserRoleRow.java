package ua.fakh.core.users.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ua.fakh.core.security.Role;

import java.util.UUID;

@MappedEntity("user_roles")
record UserRoleRow(@Id UUID id, UUID userId, Role role) {
}
