package ua.fakh.web.admin.users;

import ua.fakh.core.users.UserView;

/** A created account or a reset password: the one-time password, shown this once. */
public record AccountModel(UserView user, String temporaryPassword, boolean reset) {
}
