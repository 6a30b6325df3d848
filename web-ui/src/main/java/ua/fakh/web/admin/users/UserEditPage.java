package ua.fakh.web.admin.users;

/** The edit page: the form, and whether the last change was just saved. */
public record UserEditPage(UserEditModel form, boolean saved) {
}
