package ua.fakh.web.admin.users;

import ua.fakh.core.users.UserView;

/** A created account: who it is, and whether an invitation went out (always, from this page). */
public record AccountModel(UserView user, boolean invited) {
}
