package ua.fakh.core.users.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import ua.fakh.core.users.UserStatus;

import java.util.UUID;

/**
 * The columns of {@code users} that decide a request: read on every authenticated request. The
 * session version lives only here, so saving a {@link UserRow} never writes an older one back.
 */
@MappedEntity("users")
record CallerRow(@Id UUID id, String email, UUID organizationId, UserStatus status, long sessionVersion) {
}
