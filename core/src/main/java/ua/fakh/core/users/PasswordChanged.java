package ua.fakh.core.users;

import java.time.Instant;
import java.util.UUID;

/**
 * Published in the transaction that changed a person's password (from the profile, or through a reset
 * link): the person is told, in case it was not them. Not for choosing the first password of an invitation.
 */
public record PasswordChanged(UUID userId, Instant at) {
}
