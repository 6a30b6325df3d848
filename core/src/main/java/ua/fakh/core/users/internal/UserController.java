package ua.fakh.core.users.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ua.fakh.core.common.PageView;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.i18n.LocaleChoice;
import ua.fakh.core.i18n.Messages;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.ImportReport;
import ua.fakh.core.users.NewAccount;
import ua.fakh.core.users.NewUser;
import ua.fakh.core.users.PasswordLinks;
import ua.fakh.core.users.UserBulkAction;
import ua.fakh.core.users.UserBulkResult;
import ua.fakh.core.users.UserChange;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

@ApiProblems.SignedIn
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserController {
    private final Users users;
    private final LocaleChoice locales;
    private final Messages messages;
    private final PasswordLinks links;

    UserController(Users users, LocaleChoice locales, Messages messages, PasswordLinks links) {
        this.users = users;
        this.links = links;
        this.locales = locales;
        this.messages = messages;
    }

    /**
     * ADMIN only (see UserAccessPolicy for why trainers create no accounts). Without {@code password} the
     * person is invited by e-mail ({@code "invited": true}); with one (scripts), it is their password.
     */
    @Operation(summary = "Creates a user account, inviting the person by e-mail without a password.")
    @ApiProblems.Conflict
    @ApiResponse(responseCode = "201", description = "Created.", useReturnTypeSchema = true)
    @Post
    @Secured("ADMIN")
    HttpResponse<NewAccount> create(@Body NewUser body, Caller caller) {
        NewAccount account = users.create(body, caller);
        return HttpResponse.created(account, URI.create("/api/users/" + account.user().id()));
    }

    @Operation(summary = "Creates users from CSV, reporting each row.")
    @ApiProblems.Upload
    @Post("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Secured("ADMIN")
    ImportReport importCsv(@Body String csv, Caller caller, HttpRequest<?> request) {
        Locale locale = locales.of(request);
        return users.importCsv(csv, caller).localized(key -> messages.get(locale, key));
    }

    /** One action on several people; a person refused (oneself, the last administrator) is named with the reason. */
    @Operation(summary = "Applies one action to several users.")
    @Post("/bulk")
    @Secured("ADMIN")
    UserBulkResult bulk(@Body UserBulkAction body, Caller caller, HttpRequest<?> request) {
        Locale locale = locales.of(request);
        return users.bulk(body, caller).localized(key -> messages.get(locale, key));
    }

    /** ADMIN searches everyone; HR its own organization subtree. */
    @Operation(summary = "Users found by name or e-mail, paged.")
    @Get
    @Secured({"ADMIN", "HR"})
    PageView<UserView> search(@Nullable @QueryValue String q, @Nullable @QueryValue Integer page,
                              @Nullable @QueryValue Integer size, Caller caller) {
        return users.search(q, page, size, caller);
    }

    /** The user themself, HR above them, ADMIN (checked in the service). */
    @Operation(summary = "One user.")
    @Get("/{id}")
    @Secured({"ADMIN", "HR", "TRAINER", "LEARNER"})
    UserView get(UUID id, Caller caller) {
        return users.get(id, caller);
    }

    @Operation(summary = "Changes a user.")
    @Put("/{id}")
    @Secured("ADMIN")
    UserView update(UUID id, @Body UserChange body, Caller caller) {
        return users.update(id, body, caller);
    }

    @Operation(summary = "Disables a user's account.")
    @Post("/{id}/disable")
    @Secured("ADMIN")
    UserView disable(UUID id, Caller caller) {
        return users.setStatus(id, UserStatus.DISABLED, caller);
    }

    @Operation(summary = "Enables a disabled user's account.")
    @Post("/{id}/enable")
    @Secured("ADMIN")
    UserView enable(UUID id, Caller caller) {
        return users.setStatus(id, UserStatus.ACTIVE, caller);
    }

    /** 202: a reset link is on its way to the person; nobody else learns or chooses the password. */
    @Operation(summary = "Sends a user a password reset link.")
    @ApiResponse(responseCode = "202", description = "Accepted: it happens shortly.")
    @Post("/{id}/password-reset")
    @Secured("ADMIN")
    HttpResponse<Void> resetPassword(UUID id, Caller caller) {
        users.resetPassword(id, caller);
        return HttpResponse.accepted();
    }

    /** 202: a new invitation (the older links stop working); 409 once the person has chosen a password. */
    @Operation(summary = "Sends a user their invitation again.")
    @ApiProblems.Conflict
    @ApiResponse(responseCode = "202", description = "Accepted: it happens shortly.")
    @Post("/{id}/invitation")
    @Secured("ADMIN")
    HttpResponse<Void> resendInvitation(UUID id, Caller caller) {
        links.resendInvitation(id, caller);
        return HttpResponse.accepted();
    }
}
