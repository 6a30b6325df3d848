package ua.fakh.core.auth;

import io.micronaut.security.authentication.Authentication;

/**
 * Checking a password, for the API's {@code POST /login} and the sign-in page alike: the same 401
 * for an unknown e-mail and a wrong password, 429 with {@code Retry-After} once the address has
 * failed too often or the e-mail has failed too often from this address, every attempt audited
 * with its address.
 */
public interface Logins {

    /**
     * @throws ua.fakh.core.errors.UnauthorizedException on a bad e-mail/password pair
     * @throws ua.fakh.core.errors.AccountDisabledException on the right password of a disabled account (403, its own problem type)
     * @throws ua.fakh.core.errors.TooManyRequestsException while the address, or the e-mail for this address, is locked
     */
    Authentication authenticate(String email, String password, String address);
}
