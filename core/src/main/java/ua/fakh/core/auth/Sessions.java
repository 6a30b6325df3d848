package ua.fakh.core.auth;

import io.micronaut.security.authentication.Authentication;
import ua.fakh.core.security.Caller;

/**
 * A person's sessions as a whole: every access token and browser cookie carries the user's session
 * version, so ending them is one step that reaches every device and node at once.
 */
public interface Sessions {

    /**
     * Signs the caller out everywhere: every access token, cookie and refresh token of theirs stops
     * working (audited as {@code USER_SIGNED_OUT}).
     */
    void signOut(Caller caller);

    /**
     * What a new token for the caller carries as of now (roles, session version), for keeping the
     * current session after its user ended all the others, e.g. by changing the password.
     *
     * @throws ua.fakh.core.errors.UnauthorizedException when the user is no longer active
     */
    Authentication renewed(Caller caller);
}
