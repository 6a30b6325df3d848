package ua.fakh.core.users.internal;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import ua.fakh.core.errors.ApiProblems;
import ua.fakh.core.security.Caller;
import ua.fakh.core.users.ProfileChange;
import ua.fakh.core.users.UserView;
import ua.fakh.core.users.Users;

/** The logged-in user's own profile ({@code POST /api/me/password} belongs to the sessions: {@code auth}). */
@ApiProblems.SignedIn
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MeController {
    private final Users users;

    MeController(Users users) {
        this.users = users;
    }

    @Operation(summary = "The signed-in user.")
    @Get
    UserView me(Caller caller) {
        return users.get(caller.userId(), caller);
    }

    @Operation(summary = "Changes the signed-in user's name and language.")
    @Put
    UserView update(@Body @Valid ProfileChange body, Caller caller) {
        return users.updateProfile(caller, body);
    }
}
