package ua.fakh.core.security;

import java.util.Optional;
import java.util.UUID;

/** Looks up the current facts about a logged-in user; implemented by the users package. */
public interface CallerDirectory {

    /**
     * The caller as of now, or empty when the user no longer exists, is disabled, or has ended the
     * sessions of {@code sessionVersion} since the token was issued (signed out, changed password…).
     */
    Optional<Caller> describe(UUID userId, long sessionVersion, String address);

    /** The session version new tokens of this user carry; raised whenever all of the user's sessions must end. */
    long sessionVersion(UUID userId);
}
