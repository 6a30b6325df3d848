package ua.fakh.core.users;

import java.util.UUID;

/**
 * Published when every session of a user must end: signed out, password changed or reset, disabled,
 * roles changed. Listeners run in the publisher's transaction: the user's session version goes up
 * (older access tokens and cookies stop working) and the refresh tokens are revoked.
 */
public record UserAccessRevoked(UUID userId, String reason) {
}
