package ua.fakh.core.users;

import java.util.UUID;

/**
 * Whether a person still signs in with a password someone else chose (an administrator creating
 * or resetting the account, a CSV import): until they set their own, the API answers 403
 * "password change required" to everything but {@code GET /api/me} and {@code POST /api/me/password},
 * and the pages lead to the "set your password" page. The flag is read from the database on each
 * request, so setting the password takes effect at once.
 */
public interface OneTimePasswords {

    /** True while the user must replace the password they were given; false for an unknown user. */
    boolean changeRequired(UUID userId);
}
