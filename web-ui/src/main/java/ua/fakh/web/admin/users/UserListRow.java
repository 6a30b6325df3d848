package ua.fakh.web.admin.users;

import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;

/**
 * A user in the list, with the name of their organization already in the page's language, and whether
 * they have yet to accept their invitation (the page then offers to send it again).
 */
public record UserListRow(UserView user, String organization, boolean invitationPending) {

    public boolean active() {
        return user.status() == UserStatus.ACTIVE;
    }
}
