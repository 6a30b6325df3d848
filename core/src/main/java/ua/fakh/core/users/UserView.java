package ua.fakh.core.users;

import io.micronaut.serde.annotation.Serdeable;
import ua.fakh.core.security.Role;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A user as the API shows it; never the password hash. */
@Serdeable
public record UserView(UUID id, String email, String fullName, String locale, UUID organizationId,
                       Set<Role> roles, UserStatus status, Instant createdAt) {
}
