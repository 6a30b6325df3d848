package ua.fakh.web.admin.users;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.UserBulkAction;
import ua.fakh.web.admin.OrganizationPicker;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Pager;

import java.util.List;
import java.util.UUID;

/** The users page: the search, one page of results (to tick for a bulk action), the form, and a notice about the last action. */
public record UsersModel(String query, PageView<UserListRow> results, NewUserFormModel form, @Nullable String notice,
                         UUID me, OrganizationPicker bulkOrganization) {

    /** The administrator's own row offers no "disable": nobody locks themself out. */
    public boolean isMe(UserListRow row) {
        return row.user().id().equals(me);
    }

    public List<UserBulkAction.Kind> bulkActions() {
        return List.of(UserBulkAction.Kind.values());
    }

    public List<Role> roles() {
        return List.of(Role.values());
    }

    public Pager pager() {
        return Pager.of(results, page -> "/admin/users?" + queryString(page));
    }

    /** The query string that keeps this search and page ({@code q=…&page=…}), for links and forms. */
    public String queryString(int page) {
        return "q=" + PageContext.encode(query) + "&page=" + page;
    }
}
