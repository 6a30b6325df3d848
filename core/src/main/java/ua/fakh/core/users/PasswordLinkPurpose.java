package ua.fakh.core.users;

import java.time.Duration;

/** Why a person holds a set-password link, and how long it works. */
public enum PasswordLinkPurpose {
    /** An account created for someone: they choose their first password (7 days). */
    INVITATION(Duration.ofDays(7), "/password/set/"),
    /** "Forgot password?" or an administrator's reset: a new password (1 hour). */
    RESET(Duration.ofHours(1), "/password/reset/");

    private final Duration validity;
    private final String pathPrefix;

    PasswordLinkPurpose(Duration validity, String pathPrefix) {
        this.validity = validity;
        this.pathPrefix = pathPrefix;
    }

    public Duration validity() {
        return validity;
    }

    /** The page the link opens: {@code /password/set/<token>} or {@code /password/reset/<token>}. */
    public String path(String token) {
        return pathPrefix + token;
    }
}
