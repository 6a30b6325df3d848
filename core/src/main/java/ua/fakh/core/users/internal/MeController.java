package ua.fakh.core.users.internal;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.ProfileChange;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;

/** The logged-in user's own profile ({@code POST /api/me/password} belongs to the sessions: {@code auth}). */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MeController {
    private final Users users;

    MeController(Users users) {
        this.users = users;
    }

    @Get
    UserView me(Caller caller) {
        return users.get(caller.userId(), caller);
    }

    @Put
    UserView update(@Body @Valid ProfileChange body, Caller caller) {
        return users.updateProfile(caller, body);
    }
}
