package ua.fakh.core.users;

import ua.fakh.core.errors.ForbiddenException;

/** 403 for someone who signed in with a one-time password and has not yet set their own. */
public class PasswordChangeRequiredException extends ForbiddenException {
    public static final String MESSAGE =
            "Password change required: set your own password with POST /api/me/password before anything else";

    public PasswordChangeRequiredException() {
        super(MESSAGE);
    }
}
