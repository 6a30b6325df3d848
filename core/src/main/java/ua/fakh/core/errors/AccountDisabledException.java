package ua.fakh.core.errors;

import io.micronaut.http.HttpStatus;

/**
 * 403 for a sign-in with the right password to an account an administrator disabled. Only a correct
 * password earns this answer: a wrong one gets the same 401 as an unknown e-mail, so nobody learns
 * from it which accounts exist or are disabled.
 */
public class AccountDisabledException extends FakhException {
    public static final String TYPE = "urn:fakh:problem:account-disabled";

    public AccountDisabledException() {
        super(HttpStatus.FORBIDDEN, "problem.login.accountDisabled");
    }

    @Override
    public String problemType() {
        return TYPE;
    }
}
