package ua.fakh.web.admin.users;

import io.micronaut.core.annotation.Nullable;
import ua.fakh.core.common.PageView;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Pager;

/** The users page: the search, one page of results, the form, and a notice about the last action. */
public record UsersModel(String query, PageView<UserListRow> results, NewUserFormModel form, @Nullable String notice) {

    public Pager pager() {
        return Pager.of(results, page -> "/admin/users?" + queryString(page));
    }

    /** The query string that keeps this search and page ({@code q=…&page=…}), for links and forms. */
    public String queryString(int page) {
        return "q=" + PageContext.encode(query) + "&page=" + page;
    }
}
