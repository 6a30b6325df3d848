package ua.fakh.core.users.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ua.fakh.core.users.UserStatus;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("users")
record UserRow(@Id UUID id, String email, String fullName, String searchText, String locale, UserStatus status,
               @Nullable String passwordHash, UUID organizationId, Instant createdAt, Instant updatedAt) {
}
