package ua.fakh.web.admin.users;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ua.fakh.web.page.FormIds;
import ua.fakh.core.common.Paging;
import ua.fakh.core.common.PageView;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.PasswordLinks;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.web.admin.OrganizationPickers;
import ua.fakh.web.page.PageContext;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Puts the users page together: one page of search results with organization names, and the form. */
@Singleton
class UserList {
    static final int PAGE_SIZE = Paging.DEFAULT_SIZE;

    private final Users users;
    private final Organizations organizations;
    private final OrganizationPickers pickers;
    private final PasswordLinks links;
    private final AnalystScopeInput analystScope;

    UserList(Users users, Organizations organizations, OrganizationPickers pickers, PasswordLinks links,
             AnalystScopeInput analystScope) {
        this.analystScope = analystScope;
        this.users = users;
        this.links = links;
        this.organizations = organizations;
        this.pickers = pickers;
    }

    UsersModel model(@Nullable String query, @Nullable Integer page, NewUserFormModel form, @Nullable String notice,
                     Caller caller, PageContext ctx) {
        String q = query == null ? "" : query.strip();
        PageView<UserView> found = users.search(q, Paging.pageOrFirst(page), PAGE_SIZE, caller);
        Map<UUID, String> names = new HashMap<>();
        Set<UUID> pending = links.awaitingInvitation(found.content().stream().map(UserView::id).toList());
        PageView<UserListRow> rows = found.map(user -> new UserListRow(user, names.computeIfAbsent(user.organizationId(),
                id -> organizations.find(id).map(ctx::name).orElse("—")), pending.contains(user.id())));
        return new UsersModel(q, rows, form, notice, caller.userId(), pickers.picker("bulkOrganizationId", null, null, false));
    }

    NewUserFormModel emptyForm() {
        return new NewUserFormModel("", "", "uk", pickers.picker("organizationId", null, null, false), Set.of("LEARNER"), Map.of(),
                analystScope.typed(null, null, Map.of()));
    }

    NewUserFormModel form(NewUserForm typed, Map<String, String> errors) {
        return new NewUserFormModel(text(typed.email()), text(typed.fullName()), typed.locale() == null ? "uk" : typed.locale(),
                pickers.picker("organizationId", null, FormIds.orNull(typed.organizationId()), false),
                typed.roles() == null ? Set.of() : Set.copyOf(typed.roles()), errors,
                analystScope.typed(typed.analystScope(), typed.analystOrganizationId(), errors));
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
