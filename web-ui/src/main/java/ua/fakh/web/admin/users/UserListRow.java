package ua.fakh.web.admin.users;

import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;

/** A user in the list, with the name of their organization already in the page's language. */
public record UserListRow(UserView user, String organization) {

    public boolean active() {
        return user.status() == UserStatus.ACTIVE;
    }
}
