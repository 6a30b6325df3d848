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
import ua.fakh.web.page.FormIds;
import ua.fakh.core.errors.ConflictException;
import ua.fakh.core.errors.ValidationException;
import ua.fakh.core.security.Caller;
import ua.fakh.core.security.Role;
import ua.fakh.core.users.NewAccount;
import ua.fakh.core.users.NewUser;
import ua.fakh.core.users.PasswordLinks;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;
import ua.fakh.web.page.FormErrors;
import ua.fakh.web.page.PageContext;
import ua.fakh.web.page.Views;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /admin/users}: find people, create accounts (the person is invited by e-mail to choose a
 * password: nobody chooses it for them), disable (after a confirmation) or enable them, send a reset
 * link (likewise), send an invitation again.
 */
@Hidden
@Controller("/admin/users")
@Produces(MediaType.TEXT_HTML)
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserPagesController {
    private static final Set<String> NOTICES = Set.of("disabled", "enabled", "notYourself", "lastAdmin", "bulkNobody", "bulkIncomplete",
            "resetSent", "resetDisabled", "invitationSent", "invitationAccepted", "invitationDisabled");

    private final Users users;
    private final UserList list;

    private final PasswordLinks links;

    UserPagesController(Users users, UserList list, PasswordLinks links) {
        this.users = users;
        this.links = links;
        this.list = list;
    }

    @Get
    HttpResponse<?> page(PageContext ctx, Caller caller, @Nullable @QueryValue String q,
                         @Nullable @QueryValue Integer page, @Nullable @QueryValue String notice) {
        UsersModel model = list.model(q, page, list.emptyForm(),
                notice != null && NOTICES.contains(notice) ? notice : null, caller, ctx);
        return HttpResponse.ok(Views.view("admin/users", ctx, model));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body NewUserForm form, PageContext page, Caller caller) {
        try {
            Set<Role> roles = roles(form.roles());
            NewAccount account = users.create(new NewUser(UserList.text(form.email()), UserList.text(form.fullName()), null,
                    form.locale(), FormIds.orNull(form.organizationId()), roles,
                    AnalystScopeInput.choice(roles, form.analystScope(), form.analystOrganizationId())), caller);
            return HttpResponse.ok(Views.view("admin/account", page, new AccountModel(account.user(), account.invited())));
        } catch (ConflictException taken) {
            return again(form, Map.of("email", page.t("invalid.email.taken")), page, caller);
        } catch (RuntimeException refused) {
            if (!FormErrors.isFieldProblem(refused)) {
                throw refused;
            }
            return again(form, AnalystScopeInput.onThePage(FormErrors.specific(refused, page)), page, caller);
        }
    }

    /** Disabling asks first (a page of its own, so it works without JavaScript); enabling acts at once. */
    @Post("/{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> setStatus(@PathVariable UUID id, @Body StatusForm form, PageContext page, Caller caller) {
        UserStatus status = "DISABLED".equals(form.status()) ? UserStatus.DISABLED : UserStatus.ACTIVE;
        String back = "q=" + PageContext.encode(UserList.text(form.q())) + "&page=" + (form.page() == null ? 0 : form.page());
        if (status == UserStatus.DISABLED && !"yes".equals(form.confirm())) {
            UserView user = users.get(id, caller);
            return HttpResponse.ok(Views.view("admin/confirm", page, new ConfirmModel(page.t("users.confirm.disableTitle"),
                    page.t("users.confirm.disable"), List.of(person(user)), "/admin/users/" + id + "/status",
                    Map.of("status", List.of("DISABLED"), "q", List.of(UserList.text(form.q())),
                            "page", List.of(String.valueOf(form.page() == null ? 0 : form.page()))),
                    page.t("users.disable"), "/admin/users?" + back + "#user-" + id)));
        }
        String notice;
        try {
            users.setStatus(id, status, caller);
            notice = status == UserStatus.DISABLED ? "disabled" : "enabled";
        } catch (ConflictException refused) {
            notice = refused.getMessage().equals("problem.user.lastAdmin") ? "lastAdmin" : "notYourself";
        }
        return HttpResponse.seeOther(URI.create("/admin/users?" + back + "&notice=" + notice + "#user-" + id));
    }

    /** A reset link by e-mail only after "yes"; the person's password and sessions stay until they use it. */
    @Post("/{id}/password-reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resetPassword(@PathVariable UUID id, @Body ConfirmForm form, PageContext page, Caller caller) {
        if (!"yes".equals(form.confirm())) {
            UserView user = users.get(id, caller);
            return HttpResponse.ok(Views.view("admin/confirm", page, new ConfirmModel(page.t("users.confirm.resetTitle"),
                    page.t("users.confirm.reset"), List.of(person(user)), "/admin/users/" + id + "/password-reset",
                    Map.of(), page.t("users.resetPassword"), "/admin/users#user-" + id)));
        }
        String notice = "resetSent";
        try {
            users.resetPassword(id, caller);
        } catch (ConflictException disabled) {
            notice = "resetDisabled";
        }
        return HttpResponse.seeOther(URI.create("/admin/users?notice=" + notice + "#user-" + id));
    }

    /** The invitation again, for someone who lost it or let it expire; the older link stops working. */
    @Post("/{id}/invitation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resendInvitation(@PathVariable UUID id, Caller caller) {
        String notice = "invitationSent";
        try {
            links.resendInvitation(id, caller);
        } catch (ConflictException refused) {
            notice = refused.getMessage().equals("problem.user.invitationAccepted") ? "invitationAccepted" : "invitationDisabled";
        }
        return HttpResponse.seeOther(URI.create("/admin/users?notice=" + notice + "#user-" + id));
    }

    private static String person(UserView user) {
        return user.fullName() + " (" + user.email() + ")";
    }

    private HttpResponse<?> again(NewUserForm form, Map<String, String> errors, PageContext page, Caller caller) {
        UsersModel model = list.model(null, 0, list.form(form, errors), null, caller, page);
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(Views.view("admin/users", page, model));
    }

    /** Unknown names are refused; none at all is left to the service, which reports it with the other fields. */
    private static Set<Role> roles(@Nullable List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            try {
                roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw ValidationException.of("roles", "problem.field.unknownRole");
            }
        }
        return roles; // empty: refused by the service's validation, together with any other field
    }
}
