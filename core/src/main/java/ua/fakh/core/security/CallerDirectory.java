package ua.fakh.core.security;

import java.util.Optional;
import java.util.UUID;

/** Looks up the current facts about a logged-in user; implemented by the users package. */
public interface CallerDirectory {

    /** The caller as of now, or empty when the user no longer exists or is disabled. */
    Optional<Caller> describe(UUID userId, String address);
}
