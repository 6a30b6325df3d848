package ua.fakh.core.users;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * Published (in-process, in the transaction that stores the link) when a set-password link is made:
 * an invitation or a reset. The listener that e-mails it is the only reader of {@code token}, which is
 * stored nowhere in clear. {@code inviterId} is who created the account (null: the installation itself).
 */
public record PasswordLinkCreated(UUID userId, PasswordLinkPurpose purpose, String token, @Nullable UUID inviterId) {
}
