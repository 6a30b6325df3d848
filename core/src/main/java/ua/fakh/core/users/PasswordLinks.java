package ua.fakh.core.users;

import ua.fakh.core.security.Caller;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Set-password links, sent by e-mail: the invitation of a new account (7 days) and password recovery
 * (1 hour). A link's token is 256 random bits, kept only as its SHA-256, works once, and a newer link
 * of the same purpose replaces the older ones. Choosing a password through a link ends every session
 * of the person; after a reset they are told by e-mail that their password was changed.
 */
public interface PasswordLinks {

    /**
     * Sends a reset link to the active account with this e-mail, if there is one; otherwise nothing,
     * in the same time. Counts against the limits per e-mail and per client address either way.
     *
     * @throws ua.fakh.core.errors.TooManyRequestsException when either limit is used up
     */
    void forgot(String email, String clientAddress);

    /** The person and purpose of a link that still works. @throws PasswordLinkGoneException otherwise */
    PasswordLink check(String token);

    /**
     * Uses the link up and sets its person's password (their sessions end).
     *
     * @throws PasswordLinkGoneException when the link no longer works (also when two requests race: one wins)
     * @throws ua.fakh.core.errors.ValidationException for a password against the rules, all problems at once
     */
    UserView choosePassword(NewPassword choice);

    /** A new invitation for someone who has not chosen a password yet (ADMIN); 409 for anyone else. */
    void resendInvitation(UUID userId, Caller actor);

    /** Of these users, those who have not accepted their invitation yet (no password of their own). */
    Set<UUID> awaitingInvitation(Collection<UUID> userIds);
}
