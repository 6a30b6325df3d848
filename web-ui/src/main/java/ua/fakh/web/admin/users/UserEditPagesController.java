package ua.fakh.web.admin.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.UserChange;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.web.admin.OrganizationPickers;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.FormIds;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code /admin/users/{id}/edit}: an administrator changes a person's name, language, organization and
 * roles. A change of roles ends that person's sessions (they sign in again with the new ones).
 */
@Hidden
@Controller("/admin/users/{id}/edit")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserEditPagesController {
    private final Users users;
    private final OrganizationPickers pickers;
    private final AnalystScopeInput analystScope;

    UserEditPagesController(Users users, OrganizationPickers pickers, AnalystScopeInput analystScope) {
        this.analystScope = analystScope;
        this.users = users;
        this.pickers = pickers;
    }

    @Get
    HttpResponse<?> form(@PathVariable UUID id, @Nullable @QueryValue String saved, PageContext page, Caller caller) {
        UserView user = users.get(id, caller);
        UserEditModel model = new UserEditModel(user, user.fullName(), user.locale(),
                pickers.picker("organizationId", null, user.organizationId(), false),
                user.roles().stream().map(Enum::name).collect(Collectors.toSet()), Map.of(), id.equals(caller.userId()),
                analystScope.current(id));
        return HttpResponse.ok(Views.view("admin/user", page, new UserEditPage(model, "yes".equals(saved))));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@PathVariable UUID id, @Body UserEditForm form, PageContext page, Caller caller) {
        UserView user = users.get(id, caller);
        try {
            Set<Role> roles = roles(form.roles());
            users.update(id, new UserChange(text(form.fullName()), form.locale(), FormIds.orNull(form.organizationId()),
                    roles, AnalystScopeInput.choice(roles, form.analystScope(), form.analystOrganizationId())), caller);
            return HttpResponse.seeOther(URI.create("/admin/users/" + id + "/edit?saved=yes"));
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            Map<String, String> errors = AnalystScopeInput.onThePage(FormErrors.specific(refused, page));
            UserEditModel again = new UserEditModel(user, text(form.fullName()), form.locale() == null ? user.locale() : form.locale(),
                    pickers.picker("organizationId", null, FormIds.orNull(form.organizationId()), false),
                    form.roles() == null ? Set.of() : Set.copyOf(form.roles()), errors,
                    id.equals(caller.userId()), analystScope.typed(form.analystScope(), form.analystOrganizationId(), errors));
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("admin/user", page, new UserEditPage(again, false)));
        }
    }

    /** None ticked goes to the service, which refuses it together with any other field; unknown names are no role. */
    private static Set<Role> roles(@Nullable List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                // not one of the form's boxes: ignored
            }
        }
        return roles;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
