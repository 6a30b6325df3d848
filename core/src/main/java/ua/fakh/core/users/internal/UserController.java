package ua.fakh.core.users.internal;

import io.micronaut.core.annotation.Nullable;
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
import jakarta.validation.Valid;
import ua.fakh.core.common.PageView;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.ImportReport;
import ua.fakh.core.users.NewAccount;
import ua.fakh.core.users.NewUser;
import ua.fakh.core.users.UserChange;
import ua.fakh.core.users.UserStatus;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;

import java.net.URI;
import java.util.UUID;

@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserController {
    private final Users users;

    UserController(Users users) {
        this.users = users;
    }

    /** ADMIN only (see UserAccessPolicy for why trainers create no accounts); the account's password is one-time. */
    @Post
    @Secured("ADMIN")
    HttpResponse<NewAccount> create(@Body @Valid NewUser body, Caller caller) {
        NewAccount account = users.create(body, caller);
        return HttpResponse.created(account, URI.create("/api/users/" + account.user().id()));
    }

    @Post("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Secured("ADMIN")
    ImportReport importCsv(@Body String csv, Caller caller) {
        return users.importCsv(csv, caller);
    }

    /** ADMIN searches everyone; HR its own organization subtree. */
    @Get
    @Secured({"ADMIN", "HR"})
    PageView<UserView> search(@Nullable @QueryValue String q, @Nullable @QueryValue Integer page,
                              @Nullable @QueryValue Integer size, Caller caller) {
        return users.search(q, page, size, caller);
    }

    /** The user themself, HR above them, ADMIN (checked in the service). */
    @Get("/{id}")
    @Secured({"ADMIN", "HR", "TRAINER", "LEARNER"})
    UserView get(UUID id, Caller caller) {
        return users.get(id, caller);
    }

    @Put("/{id}")
    @Secured("ADMIN")
    UserView update(UUID id, @Body @Valid UserChange body, Caller caller) {
        return users.update(id, body, caller);
    }

    @Post("/{id}/disable")
    @Secured("ADMIN")
    UserView disable(UUID id, Caller caller) {
        return users.setStatus(id, UserStatus.DISABLED, caller);
    }

    @Post("/{id}/enable")
    @Secured("ADMIN")
    UserView enable(UUID id, Caller caller) {
        return users.setStatus(id, UserStatus.ACTIVE, caller);
    }

    @Post("/{id}/password-reset")
    @Secured("ADMIN")
    NewAccount resetPassword(UUID id, Caller caller) {
        return users.resetPassword(id, caller);
    }
}
