package ua.fakh.core.users;

import ua.fakh.core.errors.ForbiddenException;

/** 403 for someone who signed in with a one-time password and has not yet set their own (its own problem type). */
public class PasswordChangeRequiredException extends ForbiddenException {
    public static final String MESSAGE = "problem.user.passwordChangeRequired";
    public static final String TYPE = "urn:fakh:problem:password-change-required";

    public PasswordChangeRequiredException() {
        super(MESSAGE);
    }

    @Override
    public String problemType() {
        return TYPE;
    }
}
