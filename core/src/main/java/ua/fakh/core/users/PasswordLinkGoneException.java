package ua.fakh.core.users;

import io.micronaut.http.HttpStatus;
import ua.fakh.core.errors.FakhException;

/**
 * 410: a set-password link that was used, replaced by a newer one, expired, or never existed (one
 * answer for all, so a guess learns nothing). The person asks for a new link.
 */
public class PasswordLinkGoneException extends FakhException {
    public static final String MESSAGE = "problem.password.linkGone";
    public static final String TYPE = "urn:fakh:problem:password-link-gone";

    public PasswordLinkGoneException() {
        super(HttpStatus.GONE, MESSAGE);
    }

    @Override
    public String problemType() {
        return TYPE;
    }
}
