package ua.fakh.core.users;

import java.util.UUID;

/** Published when a user's sessions must end (disabled, password changed); listeners run in the same transaction. */
public record UserAccessRevoked(UUID userId, String reason) {
}
