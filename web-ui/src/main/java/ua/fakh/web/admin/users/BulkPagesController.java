package ua.fakh.web.admin.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.organizations.Organizations;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.UserBulkAction;
import ua.fakh.core.users.UserBulkResult;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.web.page.FormIds;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /admin/users/bulk}: the people ticked on the users page, one action for them all. The
 * first post shows what will happen to whom; only the confirmed one acts, then the counts and any
 * refusals are shown.
 */
@Hidden
@Controller("/admin/users/bulk")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class BulkPagesController {
    private final Users users;
    private final Organizations organizations;

    BulkPagesController(Users users, Organizations organizations) {
        this.users = users;
        this.organizations = organizations;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> bulk(@Body BulkForm form, PageContext page, Caller caller) {
        Set<UUID> ids = ids(form.userIds());
        UserBulkAction.Kind kind = kind(form.action());
        UUID organizationId = FormIds.orNull(form.bulkOrganizationId());
        Role role = role(form.role());
        boolean incomplete = kind == null || kind == UserBulkAction.Kind.MOVE && organizationId == null
                || (kind == UserBulkAction.Kind.ADD_ROLE || kind == UserBulkAction.Kind.REMOVE_ROLE) && role == null;
        if (ids.isEmpty() || incomplete) {
            return HttpResponse.seeOther(URI.create("/admin/users?notice=" + (ids.isEmpty() ? "bulkNobody" : "bulkIncomplete")));
        }
        UserBulkAction action = new UserBulkAction(ids, kind, organizationId, role);
        Map<UUID, UserView> people = users.findAll(ids);
        if (!"yes".equals(form.confirm())) {
            return HttpResponse.ok(Views.view("admin/confirm", page, confirmation(action, form, people, page)));
        }
        UserBulkResult result = users.bulk(action, caller).localized(page::t);
        Map<UUID, String> names = new LinkedHashMap<>();
        people.forEach((id, user) -> names.put(id, user.fullName()));
        return HttpResponse.ok(Views.view("admin/bulk_result", page, new BulkResultModel(result, names)));
    }

    private ConfirmModel confirmation(UserBulkAction action, BulkForm form, Map<UUID, UserView> people, PageContext page) {
        String what = switch (action.action()) {
            case MOVE -> organizations.find(action.organizationId()).map(page::name).orElse("—");
            case ADD_ROLE, REMOVE_ROLE -> page.t("role." + action.role().name());
            default -> "";
        };
        List<String> names = people.values().stream().sorted(Comparator.comparing(UserView::fullName))
                .map(u -> u.fullName() + " (" + u.email() + ")").toList();
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("userIds", people.keySet().stream().map(UUID::toString).toList());
        fields.put("action", List.of(action.action().name()));
        fields.put("bulkOrganizationId", form.bulkOrganizationId() == null ? List.of() : List.of(form.bulkOrganizationId()));
        fields.put("role", form.role() == null ? List.of() : List.of(form.role()));
        return new ConfirmModel(page.t("bulk.confirmTitle"),
                page.t("bulk.question." + action.action().name(), people.size(), what), names, "/admin/users/bulk", fields,
                page.t("bulk.submit." + action.action().name()), "/admin/users");
    }

    private static Set<UUID> ids(@Nullable List<String> typed) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : typed == null ? List.<String>of() : typed) {
            UUID parsed = FormIds.orNull(id);
            if (parsed != null) {
                ids.add(parsed);
            }
        }
        return ids;
    }

    private static UserBulkAction.@Nullable Kind kind(@Nullable String action) {
        try {
            return action == null ? null : UserBulkAction.Kind.valueOf(action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static @Nullable Role role(@Nullable String role) {
        try {
            return role == null || role.isBlank() ? null : Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
